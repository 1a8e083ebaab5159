"""Fill unfinished messages of a .ts file from a table of translations: ``ts_fill.py FILE.ts TABLE.json``.

The table maps a source text to its translation (a list for plural forms). Used after scripts/i18n.sh when
many strings moved context or arrived at once; translating in Qt Linguist does the same by hand.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(ts: str, table_path: str) -> int:
    """Fill what the table knows; print what is still unfinished."""
    with open(table_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts)
    left = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            if source not in table:
                print(f"unfinished: {context.findtext('name')}: {source!r}")
                left += 1
                continue
            value = table[source]
            del translation.attrib["type"]
            if isinstance(value, list):
                for form in translation.findall("numerusform"):
                    translation.remove(form)
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

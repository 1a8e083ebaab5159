"""Give the English .ts its plural forms: "%n match(es)" becomes "%n match" / "%n matches".

pyside6-lupdate does not mark Python's ``translate(context, text, None, n)`` calls as plural, so the
English catalogue is finished here, from the "(s)" / "(es)" in each source: ``en_plurals.py FILE.ts``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

PLURAL = re.compile(r"\((e?s)\)")


def main(path: str) -> int:
    """Write the singular and plural forms of every "%n …(s)" message; leave the rest to the source."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or "%n" not in source or not PLURAL.search(source):
            continue
        message.set("numerus", "yes")
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        ET.SubElement(translation, "numerusform").text = PLURAL.sub("", source)
        ET.SubElement(translation, "numerusform").text = PLURAL.sub(r"\1", source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

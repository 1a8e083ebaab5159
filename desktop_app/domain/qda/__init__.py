"""REFI-QDA, the exchange standard of qualitative data analysis software (QDA-XML 1.0).

- ``write_project(sources, codebook, ...) -> bytes``: a ``.qdpx`` archive (``project.qde`` and the
  interviews as plain UTF-8 text under ``sources/``), every highlight a ``PlainTextSelection`` whose
  positions count code points in that text, coded with its codes.
- ``write_codebook(codebook) -> bytes``: a ``.qdc`` codebook.
- ``read_codebook(data, name) -> list[Code]``: the codes of a ``.qdc`` or of a ``.qdpx``'s project, GUIDs
  kept, so importing twice merges (``AnnotationStore.import_codes``).
- ``source_text(transcript) -> SourceText``: the plain text an interview is exported as.
"""

from desktop_app.domain.qda.reading import read_codebook
from desktop_app.domain.qda.text import SourceText, source_text
from desktop_app.domain.qda.writing import QdaSource, write_codebook, write_project

__all__ = ["QdaSource", "SourceText", "read_codebook", "source_text", "write_codebook", "write_project"]

"""The export formats the app offers, and their file suffixes (no imports: the command line reads it)."""

FORMATS = ("json", "markdown", "html", "pdf", "csv", "w3c")
SUFFIXES = {
    "json": ".json",
    "markdown": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "csv": ".csv",
    "w3c": ".jsonld",
}

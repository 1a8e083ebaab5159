"""The domain: transcripts, annotations, search and export in plain Python; never imports Qt."""

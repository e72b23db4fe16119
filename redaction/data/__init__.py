"""Data files of the redaction package (gazetteers and tool names)."""

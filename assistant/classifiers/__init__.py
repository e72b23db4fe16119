"""Classification tasks (one file per task); modules starting with ``_`` are helpers, not tasks."""

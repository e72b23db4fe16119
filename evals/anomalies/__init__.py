"""Anomaly evaluation: synthetic firms with injected anomalies, and the precision/recall runner."""

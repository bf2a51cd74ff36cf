"""Guidance and starting outlines per reason, one module per language (see guidance.py)."""

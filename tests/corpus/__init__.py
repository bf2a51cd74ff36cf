"""Real and realistic supplier documents, each with its ground truth and source (manifest.json)."""

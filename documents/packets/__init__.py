"""Application packets: one PDF per case, rendered by WeasyPrint in a worker.

`content` gathers what a packet shows, `fetcher` is the only door WeasyPrint has to files,
`render` lays out the pages and merges the untouched originals, `annotate` makes the
separate, labelled highlighted copies, `submission` builds the ZIP of original files.
"""

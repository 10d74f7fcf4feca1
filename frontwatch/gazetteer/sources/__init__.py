"""Readers for the publishers' own file formats, and the embedded default sources.

Each reader turns lines into the source records of ``..records``; ``detect``
tells which reader a file needs. Nothing here decides how sources are joined.
"""

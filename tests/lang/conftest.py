"""Tests of the Italian, Ukrainian and Russian language data, one folder per language.

Sentences are written for the tests (our own words). ``lang_cases`` (beside this file, importable
from the language folders) runs the pipeline stages on them.
"""

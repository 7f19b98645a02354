"""Text tools that know nothing about a case: tokens and stems, word lists, numbers in
prose, place names, readability, word-level changes between two sentences, and masking explicit terms."""

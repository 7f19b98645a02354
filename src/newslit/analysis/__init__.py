"""The engines: where each sentence came from (provenance, coverage, voices, profile),
how it is framed (:mod:`.framing`), and whether its figures hold (:mod:`.figures`);
:mod:`.readiness` warns when a case will analyse slowly or poorly.

Every engine works on any case and reads no answer key to decide; the key is read only to
compare with. Nothing here imports pandas, matplotlib or ipywidgets at import time.
"""

"""One thin module per lesson: the exercises it asks, built from its question file and the case's key.

``questions/`` holds every question as data (one TOML file per lesson, with its data card);
``build`` turns a question into an exercise widget; ``start`` (00), ``compare`` (01),
``framing`` (02), ``verify`` (03) and ``accountability`` (04) compute what depends on the
case; ``skills_check`` asks the check before (00) and after (06) the lessons and shows its
results; ``teacher_guide`` and ``demo_class`` serve the teacher notebooks.
"""

"""Events: turn article text into strike and deployment events.

Modules: ``article`` (file format), ``model`` (Event), ``sentences`` (sentences
and clauses with offsets), ``lexicon`` (word lists), ``triggers``, ``modality``,
``dates``, ``published`` (publication-date inference), ``attribution``
(actors, targets, weapons, claims), ``toponyms`` (place mentions through the
gazetteer), ``extract`` (the pipeline: ``extract_article``, ``extract_text``)
and ``cli`` (``python -m events extract``).
"""

"""Events: turn article text into strike and deployment events.

Extraction is a pipeline of small named stages over a document model
(``pipeline``: ``PIPELINE``; ``doc``: Doc, Sentence, Candidate; ``stages``:
segment, triggers, actors, geoparse, modality, context, arguments, dates),
one decision point (``decide``) and a merge (``merge``). Data rows:
``data/frames.tsv`` (trigger frames), ``data/weapons.tsv`` (weapon classes),
``data/actor_theaters.tsv``, ``data/actor_homes.tsv`` (soil a side never strikes), ``data/operators.tsv``;
``frames`` reads them and holds the context rules
that tell a strike from a clash, terror, an arrest raid or a downing. Places
come from the product's geoparser through ``places`` (the one place finder)
with their roles in the sentence from ``roles``. Also: ``article`` (file
format), ``model`` (Event), ``sentences``, ``lexicon`` (word lists),
``triggers``, ``modality``, ``dates``, ``published``, ``attribution`` (actors,
targets, weapons, claims), ``toponyms`` (the Toponym span), ``explain``
(``--explain``), ``extract`` (``extract_article``, ``extract_text``) and ``cli``.
"""

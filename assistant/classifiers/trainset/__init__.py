"""The dispute classifier's training set, composed from phrase banks (``python -m assistant.classifiers.trainset``).

``handwritten.jsonl`` holds the first hand-written emails (short, one intent each); ``handwritten_voices.jsonl``
whole emails written later in other voices (terse, non-native English, mixed intents, out-of-office replies,
quotes that mention rates, e-invoicing and PO requests, rate-vs-hours and hours-vs-scope near-miss pairs), kept
verbatim and weighted by repetition; ``scenarios.txt`` whole emails written from scenario cards (a card per line
``### id | label | lang | voice | subject``, then the body): forwarded threads whose quoted history has another
intent, out-of-office replies and new-work inquiries that mention rates, documentation requests that say "wrong"
or "error", promises after a settled dispute, rate/hours/scope minimal pairs, disclaimers in another language,
Latin American and Flemish wording, typos, misleading subjects, injections (label = the business intent), also
weighted by repetition; ``scenarios2.txt`` and ``scenarios3.txt`` cards by other authors, and
``scenarios4.txt`` emails written persona-first (a sender, a situation, then a thread of two to four mails in
their voice), and ``scenarios5.txt`` emails written counterpart-first (who at the client writes and which
document triggered the mail, then the mail), in the same card format. The ``lang_*`` modules hold,
per language, intent sentences for every label, subjects, openers, label-consistent follow-ups, near-misses,
greetings, closings and our own reminder texts. :mod:`.compose` combines them deterministically the way real
mail arrives (greeting, opener, one or two intent sentences, a follow-up, a signature with invented personal
data, sometimes a quoted reminder or a forwarded header) and writes ``assistant/classifiers/data/train.jsonl``.
Everything here was written for training; none of it comes from the held-out eval set in ``evals/disputes``.
"""

"""The n-gram view, the intent cues and the sparse trainer of the offline dispute classifier."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.classifiers import _model as m
from assistant.classifiers._cues import cue_counts

# Written for this test (not in the training, eval or holdout sets).
PROMISES = [
    "We are going to settle the balance next Friday.",
    "Den Restbetrag werden wir Anfang Mai überweisen.",
    "Nous solderons le compte au plus tard le 10 juin.",
    "Liquidaremos el importe antes del 12 de junio.",
    "Wij gaan het bedrag begin juni overmaken.",
]
PAID = [
    "The balance was settled by wire last Tuesday.",
    "Der Betrag wurde bereits am Montag überwiesen.",
    "Le montant a été viré mardi dernier.",
    "Ya hemos abonado el importe el martes.",
    "Het bedrag is vorige week al overgemaakt.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_promise_cues_in_five_languages(text: str) -> None:
    cues = cue_counts(text)
    assert "promise" in cues and "paid" not in cues, cues


@pytest.mark.parametrize("text", PAID)
def test_paid_cues_in_five_languages(text: str) -> None:
    cues = cue_counts(text)
    assert "paid" in cues and "promise" not in cues, cues


# The other dimension said to be fine, and the same words negated (written for this test).
SETTLED_DIMENSION = [
    ("The hours match our timesheets; the hourly price is the problem.", "hours_ok", True),
    ("Die Stunden stimmen, nur der Satz ist zu hoch.", "hours_ok", True),
    ("Die Stunden stimmen nicht mit unserer Erfassung überein.", "hours_ok", False),
    ("Las horas no cuadran con el registro.", "hours_ok", False),
    ("De uren kloppen niet.", "hours_ok", False),
    ("Le taux horaire est bien celui du contrat, ce sont les heures.", "rate_ok", True),
    ("El precio está bien, el problema son las horas.", "rate_ok", True),
    ("80 hours in two weeks, that can't be right.", "hours_ok", False),
]


@pytest.mark.parametrize(("text", "cue", "present"), SETTLED_DIMENSION)
def test_a_dimension_said_to_be_fine_is_a_cue_and_its_negation_is_not(
    text: str, cue: str, present: bool
) -> None:
    assert (cue in cue_counts(text)) is present, cue_counts(text)


def test_inquiry_settled_and_e_invoice_cues() -> None:
    assert "inquiry" in cue_counts("Could you share your rates for a six-month project next year?")
    assert "inquiry" not in cue_counts("You charged 150 per hour instead of 135.")
    assert "settled" in cue_counts("With your credit note the rate dispute is resolved.")
    assert "einvoice" in cue_counts("Bitte senden Sie die Rechnung als XRechnung.")
    assert "docs" in cue_counts("Welk inkoopnummer hoort bij deze factuur?")


@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        ("sorry, glipt erdoor. maak het vrijdag over", "promise", True),
        ("mil disculpas, la pagamos el lunes sin falta", "promise", True),
        ("Die Rechnung geht mit dem nächsten Zahllauf raus.", "promise", True),
        ("Wir haben die Rechnung gestern überwiesen.", "promise", False),
        ("Danke, Rechnung erhalten und zur Zahlung freigegeben.", "ack", True),
        ("Got it, thanks - approved and passed to AP.", "ack", True),
        ("The invoice is wrong: you charged 12 hours instead of 8.", "ack", False),
        ("Onze boekhouding vraagt de prestatiestaten. Kan je die bezorgen?", "docs", True),
        ("Dinsdag 14u is goed voor de oplevering. Tot dan!", "social", True),
        ("Ab 1. Juli übernimmt Frau Leitner die Kreditorenbuchhaltung.", "social", True),
        ("Thanks for the backup, that answered all our questions.", "settled", True),
        ("gracias por el desglose, con eso quedan aclaradas nuestras dudas", "settled", True),
        ("Cada llamada corta se ha cargado como una hora completa.", "hours", True),
        ("El tiempo registrado está inflado.", "contest", True),
    ],
)
def test_regional_and_short_forms_of_the_intent_cues(text: str, cue: str, present: bool) -> None:
    assert (cue in cue_counts(text)) is present, cue_counts(text)


def test_correction_accepted_and_scope_question_cues() -> None:
    assert "correction_ok" in cue_counts("Thanks for the corrected invoice, the overtime now adds up.")
    assert "correction_ok" in cue_counts("Ya vi la nota de crédito, quedó todo bien.")
    assert "correction_ok" not in cue_counts("The overtime hours were counted twice on the invoice.")
    assert "scope_question" in cue_counts("Was that ever part of what we agreed in the quote?")
    assert "scope_question" in cue_counts("¿La migración estaba incluida en el presupuesto?")
    assert "scope_question" not in cue_counts("The rate on the invoice is 210 instead of 175.")


# Round 6 cue families, each with a near miss that must not fire (sentences written for this test).
@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        ("Die Gutschrift ist da, damit ist alles klar.", "correction_ok", True),
        ("Die Gutschrift haben wir noch nicht erhalten.", "correction_ok", False),
        ("Merci pour la facture corrigée, tout est clair.", "correction_ok", True),
        ("La facture rectifiée n'est toujours pas reçue.", "correction_ok", False),
        ("De creditnota is goed ontvangen, dan klopt het.", "correction_ok", True),
        ("De creditnota hebben we nog niet ontvangen.", "correction_ok", False),
        ("Sind die Schulungstage Bestandteil des Auftrags gewesen?", "scope_question", True),
        ("Die Schulungstage wurden mit 12 statt 8 Stunden berechnet.", "scope_question", False),
        ("Les ateliers faisaient-ils vraiment partie du contrat ?", "scope_question", True),
        ("Les ateliers ont duré quatre heures, pas six.", "scope_question", False),
        ("Hoorde de migratie wel bij het contract?", "scope_question", True),
        ("De migratie duurde 20 uur in plaats van 12.", "scope_question", False),
        ("We cannot book it: the PO number is missing from the invoice.", "po_request", True),
        ("La factura llegó sin la orden de compra.", "po_request", True),
        ("The invoice shows PO 4471 but ours is 4417.", "po_request", False),
        ("Aan de inhoud mankeert niets, alleen het formaat.", "content_ok", True),
        ("Le montant n'appelle pas d'observation.", "content_ok", True),
        ("The invoice is not correct: the total is off by 90.", "content_ok", False),
        ("You billed the analyst at 140 an hour.", "unit_price", True),
        ("De consultant staat erop voor € 95 per uur.", "unit_price", True),
        ("We worked 12 hours on Saturday.", "unit_price", False),
        ("Op dinsdag is er door de storm niet gewerkt.", "not_worked", True),
        ("Op dinsdag is er tien uur gewerkt.", "not_worked", False),
        ("No need for instalments, the full amount went out on Monday.", "no_plan", True),
        ("Pas besoin d'échéancier, tout a été viré hier.", "no_plan", True),
        ("We would like to pay in three instalments.", "no_plan", False),
        ("We haven't paid it yet; it is in the run of the 30th.", "not_yet_paid", True),
        ("Todavía no la hemos pagado, sale el viernes.", "not_yet_paid", True),
        ("We paid it yesterday, remittance attached.", "not_yet_paid", False),
    ],
)
def test_round_six_cue_families_and_their_near_misses(text: str, cue: str, present: bool) -> None:
    assert (cue in cue_counts(text)) is present, cue_counts(text)


# Round 7 cue families, each with a near miss that must not fire (sentences written for this test).
@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        ("Every hour was billed as senior, the quote had junior consultants.", "seniority_mix", True),
        (
            "Die Tage sind als Manager abgerechnet statt mit der vereinbarten Einstufung.",
            "seniority_mix",
            True,
        ),
        ("Le temps est facturé au profil manager.", "seniority_mix", True),
        ("Our senior buyer will call you tomorrow.", "seniority_mix", False),
        ("The uplift for CPI was applied twice this year.", "price_basis", True),
        ("La conversión usa un tipo de cambio que no es el del contrato.", "price_basis", True),
        ("De reistijd zou voor de helft worden doorbelast.", "price_basis", True),
        ("The report took four days instead of two.", "price_basis", False),
        ("The goods receipt is for 120 units only.", "quantity_receipt", True),
        ("Volgens de ontvangstregistratie waren het 24 dagen.", "quantity_receipt", True),
        ("We received your invoice yesterday.", "quantity_receipt", False),
        ("Wir haben das Preisblatt zur Kenntnis genommen.", "update_ok", True),
        ("Acusamos recibo de las tarifas; se ajusta a lo previsto.", "update_ok", True),
        ("De bedragen kloppen nu, hiermee afgerond.", "update_ok", True),
        ("The new rate card is not within what we agreed.", "update_ok", False),
        ("Could we pay 50% on 15 July and the rest on 15 August?", "plan_split", True),
        ("Nous proposons deux versements, en juillet et en août.", "plan_split", True),
        ("We paid the full amount on Monday.", "plan_split", False),
    ],
)
def test_round_seven_cue_families_and_their_near_misses(text: str, cue: str, present: bool) -> None:
    assert (cue in cue_counts(text)) is present, cue_counts(text)


def test_cues_are_features_next_to_the_ngrams() -> None:
    view = m.NgramView(["We will pay on Friday.", "The invoice was already paid."], cue_weight=0.5)
    row = view.matrix(["We will pay on Monday."])
    cue_col = int(np.searchsorted(view.vocab, m._h("cue:promise")))
    assert view.vocab[cue_col] == m._h("cue:promise")
    assert cue_col in set(row.cols.tolist())
    assert row.vals[row.cols.tolist().index(cue_col)] == pytest.approx(0.5)
    unseen = view.matrix(["zzzz qqqq"])  # nothing known: only the empty-row guard, prediction still defined
    assert unseen.n == 1 and set(unseen.cols.tolist()) == {0}


def test_sparse_trainer_matches_the_dense_one() -> None:
    rng = np.random.default_rng(0)
    dense = (rng.random((40, 30)) < 0.2).astype(np.float32) * rng.random((40, 30)).astype(np.float32)
    dense[:, 0] = 0.0  # column 0 is the guard entry every sparse row carries
    y = rng.integers(0, 3, 40)
    cols, vals, indptr = [], [], [0]
    for row in dense:
        nz = [0, *np.nonzero(row)[0].tolist()]
        cols += nz
        vals += [float(row[c]) for c in nz]
        indptr.append(len(cols))
    sparse = m.Sparse(np.array(indptr), np.array(cols), np.array(vals, dtype=np.float32))
    np.testing.assert_allclose(sparse.dot(np.eye(30, dtype=np.float32)), dense, atol=1e-6)
    w_s, b_s = m.train_sparse_logreg(sparse, 30, y, 3, iters=60, lr=0.05)
    w_d, b_d = m.train_logreg(dense, y, 3, iters=60, lr=0.05)
    np.testing.assert_allclose(w_s, w_d, atol=1e-4)
    np.testing.assert_allclose(b_s, b_d, atol=1e-4)


def test_the_fitted_model_survives_the_cache_round_trip(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    examples = [
        m.Example(f"x{i}", label, "en", "", text)
        for i, (label, text) in enumerate(
            [
                ("payment_promise", "We will pay the invoice on Friday."),
                ("already_paid", "We paid the invoice yesterday."),
                ("hours_dispute", "You billed 40 hours but we approved 30."),
                ("rate_dispute", "The hourly rate is wrong."),
            ]
        )
    ]
    model = m.DisputeModel(examples)
    monkeypatch.setenv("ASSISTANT_DISPUTES_MODEL_CACHE", str(tmp_path))
    monkeypatch.setattr(m, "TRAIN_FILE", tmp_path / "train.jsonl")
    (tmp_path / "train.jsonl").write_text("{}\n")
    m._save_cached(model)
    restored = m._cached_model(examples)
    assert restored is not None
    texts = ["We will transfer the money next week.", "Too many hours on the bill."]
    assert [p.probabilities for p in restored.predict_texts(texts)] == [
        p.probabilities for p in model.predict_texts(texts)
    ]
    assert m._cached_model(examples[:2]) is None  # a cache for another training set is not used


def test_training_vectors_are_kept_in_pgvector(settings) -> None:  # noqa: ANN001
    from sqlalchemy import func, select

    from assistant.store import Database
    from assistant.store.models import Embedding

    db = Database.from_settings(settings)
    model = m.get_model(db)
    with db.session() as s:
        stored = s.scalar(
            select(func.count()).select_from(Embedding).where(Embedding.collection == m.train_collection())
        )
    assert stored == len(model.examples) > 3000

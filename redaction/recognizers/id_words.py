"""The words and phrases that announce a person's identity number, and those of the firm's own paperwork.

``national_id.py`` reads a number after these words (``_ID_WORDS``: identity and document words, one word each;
``ID_PHRASES``: words of two and upper-case acronyms that are words in some language), takes a document number's
shape near a document's word (``_DOC_WORDS``), and leaves a number after the firm's paperwork words
(``_DOCUMENT_WORDS``: invoices, orders, policies). The table and form recognizers name their columns by
``identity_words``.
"""

from __future__ import annotations

import regex

from redaction.lexicon import word_set


def identity_words() -> frozenset[str]:
    """The words that announce an identity or a document's number ("Steuer-ID", "Paspoortnr", "CURP"): none of
    them names a person."""
    return _ID_WORDS | _DOC_WORDS


_BSN_WORDS = frozenset(["bsn", "burgerservicenummer", "sofinummer", "sofi"])
_BSN_HINTS = ("bsn", "burgerservice", "sofinummer", "sofi-nummer", "sofinr")
# Numbers of the firm's paperwork, not of a person ("factuur 123456782")
_DOCUMENT_WORDS = word_set(
    "factuur factuurnummer factuurnr invoice order ordernummer bestelling offerte dossier dossiernummer ticket "
    "polis polisnummer klantnummer klant kvk btw referentie ref kenmerk contract contractnummer rekening iban "
    "inv po policy case claim account acc"
)
_TAX_WORDS = frozenset(
    ["steuer-id", "steuerid", "steuer", "idnr", "steueridentifikationsnummer", "identifikationsnummer"]
)
_DOC_WORDS = word_set(
    "passport passeport pasaporte paspoort reisepass pass personalausweis ausweis ausweises identity id card carte "
    "identité identite dni nie documento identiteitskaart idkaart paspoortnummer passnummer "
    "reisepassnummer ausweisnummer personalausweisnummer documentnummer identiteitsnummer id-nummer "
    "idnummer licence license führerschein führerscheinnummer rijbewijs rijbewijsnummer permis aufenthaltstitel "
    "kartennr kartennummer identiteitsbewijs legitimatiebewijs verblijfsdocument"
    # German genitives ("eine Kopie seines Personalausweises (Nr. ...)", "Nr. des Aufenthaltstitels: ...")
    " personalausweises reisepasses aufenthaltstitels führerscheins"
    # words that announce a number only right after them (a student, a health card, Belgium's eID)
    " étudiant etudiant vitale cip eid"
)
# Words that announce a person's identity or social-security number (lower case, one word each).
_ID_WORDS = word_set(
    "dni nie nif nss ssn nas nir nino ppsn pps bsn aadhaar uid nin bvn curp rfc rut cuil cuit dui cédula "
    "cedula ahv avs svnr sv-nummer sv-nr sozialversicherungsnummer versicherungsnummer "
    "rentenversicherungsnummer steuer-id steueridentifikationsnummer rijksregisternummer insz niss tfn nhs "
    "passport passeport pasaporte paspoort reisepass personalausweis identiteitskaart paspoortnummer "
    "passnummer reisepassnummer ausweisnummer personalausweisnummer documentnummer identiteitsnummer "
    "id-nummer idnummer führerschein führerscheinnummer rijbewijs rijbewijsnummer steuernummer "
    "versichertennummer krankenversichertennummer kvnr pesel kimlik cpf nuss codice utr ruc cni sécu secu "
    "v-nummer afiliación afiliacion insee identidad ine ife"
    # New Zealand, Pakistan, Singapore, Malaysia, India, the Philippines, Kenya and Ghana
    " ird cnic nric mykad uan sss philhealth umid nhif nssf ssnit"
    # Sri Lanka, India (a sole trader's GSTIN), Bangladesh, Pakistan's tax number, Venezuela, Morocco, Trinidad, Quebec
    # and Canada's sole-trader tax numbers, a Congolese voter's card, residence cards, Belgian and Dutch id cards
    " nic gstin nid ntn rif cin bir nis tps tvq électeur electeur carné carne id-kaartnummer fin-nummer"
    # Central America's tax and identity numbers (NIT, NUP, Costa Rica's DIMEX; Guatemala's DPI is an acronym
    # below), residence cards and permits
    # (Argentina's and Paraguay's carnet, the Dutch verblijfskaart, a titre de séjour), Quebec's health card,
    # Cameroon's social security, the US immigration number
    " nit nup dimex carnet verblijfskaart verblijfsvergunning séjour sejour ramq cnps uscis"
    # Cameroon's tax number (NIU), German residence titles, Malaysia's social security (SOCSO)
    " niu aufenthaltstitel aufenthaltserlaubnis socso"
    # Belgium's national number by its short names ("NN 64.09.28-322.51", "RRN 90.03.09-096.90")
    " nn rrn"
    # Spain's social-security affiliation (NAF), Zambia's tax and pension numbers, an identity card's own word
    " naf tpin napsa identité identite"
    # Luxembourg's social-security register, a residence card, Côte d'Ivoire's taxpayer account, Peru's private
    # pension number, the Philippines' housing fund
    " ccss residente ncc cuspp pag-ibig"
    # the Dutch citizen's number by its long and its old name, a Spanish clinical record's number (NHC), a German
    # health card's number, a practice's patient id (PID)
    " burgerservicenr burgerservicenummer sofinummer sofinr sofi-nummer nhc versichertenkartennummer pid"
    # Senegal's business and tax identifier of a sole trader (NINEA), Benin's and Burkina Faso's (IFU)
    " ninea ifu"
    # Colombia's temporary protection permit, Costa Rica's cédula abbreviated, a health insurer's member number
    " ppt céd ced adhérent adherent"
    # a passport's or an id card's number written short ("Paspoortnr.:", "ID-kaart nr.:"), Curaçao's and
    # Aruba's person number and its Papiamentu name ("Persoonsnummer (sedula):")
    " paspoortnr passnr reisepassnr ausweisnr id-kaart persoonsnummer sedula"
    # the UK's residence permit card, Ontario's health card, Switzerland's driving licence (and a learner's)
    " brp ohip führerausweis führerausweis-nr lernfahrausweis"
    # a French jobseeker's identifier, a health professional's register numbers (RPPS, ADELI)
    " identifiant rpps adeli"
    # a driving licence's and a passport's German short labels ("FS-Nr.", "Reisepass-Nr."), a student's enrolment
    # number ("Matrikelnummer", "N° d'étudiant"), a French health card ("Carte vitale"), a Spanish health card's
    # code (CIP), Belgium's electronic id card (eID), the Dutch alien's number, a Dutch health professional's
    # register (BIG) and a health insurer's member number
    " fs-nr führerschein-nr reisepass-nr pass-nr matrikelnummer matrikelnr matrikel-nr étudiant etudiant vitale"
    " cip eid vreemdelingennummer big-nummer big-nr zorgverzekeringsnummer"
)
# Identity words of two words, and the upper-case acronyms that are words in some language ("sin", "pan").
ID_PHRASES = regex.compile(
    r"(?:sécurité sociale|securite sociale|seguridad social|social security|social insurance|registre national|"
    r"numéro national|assurance sociale|insurance number|national insurance|tax file|\bNI\b(?=\s(?:no|number))|"
    r"driving licen[cs]e|driver'?s licen[cs]e|driver licen[cs]e|licen[cs]e number|permis de conduire|"
    r"carnet de conducir|licencia de conducir|permiso de conducir|codice fiscale|(?:n°|nº|numéro|numero|identifiant)\s?fiscal|"
    r"identification fiscale|matricule fiscale?|num[ée]ro d['’]entreprise|ondernemingsnummer|\bSIN\b|\bPAN\b|\bNAS\b|(?-i:\bTIN\b|\bTRN\b|\bKRA PIN\b)|(?-i:\bC\.[ ]?C\.|\bCC\b|\bC\.[ ]?E\.|\bT\.[ ]?I\.|\bC\.[ ]?I\.|\bCI\b|\bDPI\b)(?=[ \t]*:?[ \t]*(?:N[oº°]\.?[ \t]*)?\d)|"
    r"ID[ \t]?(?:number|no\.?|nr\.?|#)|identity[ \t]number|national[ \t]id|"
    # a driving licence by its issuer or its short form ("DVLA licence MACLE957021EM9LK", "IL DL: C536-4417-8832")
    r"(?:dvla|provisional|ontario|state|provincial)[ \t]+licen[cs]e|(?-i:\bDL\b)(?=[ \t]*:?[ \t]*[A-Z]*\d)|"
    # a work permit ("Open WP no. U102847733"), Singapore's foreign identity number ("EP FIN is G7720418M"), a
    # driving licence's French number ("permis n° 12 0458 731"; not "permis de construire")
    r"work[ \t]permit|(?-i:\bWP\b)(?=[ \t]+no)|(?-i:\bFIN\b)(?=[ \t]*(?:is[ \t]+|:[ \t]*)?[A-Z]\d{7}[A-Z])|"
    r"permis(?=[ \t]+n[°º])|"
    # a frequent flyer's number, Spain's residence card for foreigners (TIE)
    r"frequent[ \t]flyer|(?-i:\bTIE\b)|"
    r"\bcc(?=[ \t]+\d{1,3}\.\d{3}\.\d{3}))",  # Colombia's cédula in a chat: "cc 1.032.456.789"
    regex.IGNORECASE,
)
# Cheap tests before the phrase pattern (most texts hold none of these)
_PHRASE_KEYS = (
    "soci",
    "national",
    "insurance",
    "tax file",
    "licen",
    "permis",
    "carnet",
    "codice",
    "fiscal",
    "entreprise",
    "ondernemingsnummer",
    "permit",
    "flyer",
)
_ACRONYM_KEYS = (
    "NI",
    "SIN",
    "PAN",
    "NAS",
    "C.",
    "CC",
    "CI",
    "DPI",
    "TIE",
    "T.I",
    "ID",
    "TIN",
    "TRN",
    "KRA",
    "cc ",
    "DL",
    "WP",
    "FIN",
)

"""Word lists used by the recognizers: stop words per language, months, titles, cue words, tools.

Kept in one place so that recognizers stay small. The first-name gazetteer and the tool list are data files
in ``redaction/data`` (see ``_build_names.py`` for where the names come from).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from redaction.normalize import fold_str

_RAW_STOPWORDS: dict[str, str] = {
    "en": (
        "the and of to in for on with at by from is are was were be been this that these those it its we our "
        "you your he she they them his her their has have had will would can could should please not no "
        "but or if as an a about after before into over under all any each more most other some such only "
        "also than then there here what which who when where why how do does did done per via team client "
        "invoice hours project task meeting call sent received thanks regards dear hi hello just still again please let us my me i am was will shall may might must need needs new next last week today tomorrow yesterday according"
        # the object pronoun ("tell him"); and the Tagalog function words of Manila's English chat ("hold muna",
        # "pa-print lang muna")
        " him muna naman talaga"
    ),
    "de": (
        "der die das den dem des ein eine einen einem einer und oder aber nicht mit von zu zum zur bei für "
        "auf aus nach vor über unter ist sind war waren wird werden wurde haben hat hatte sich wir ihr sie "
        "ich er es uns unser unsere bitte danke auch noch schon nur wie was wer wann wo warum dass weil "
        "mir mich dir dich ihm ihn ihnen "
        "wenn als bis durch gegen ohne um am im ins vom beim kunde rechnung stunden projekt aufgabe "
        "besprechung termin grüße gruß herr frau sehr geehrte geehrter liebe lieber hallo ab an kein keine mehr diese dieser dieses jetzt heute morgen gestern soll sollen muss müssen kann können laut bzw inkl zusätzlich zusätzliche bereits wegen"
    ),
    "fr": (
        "le la les un une des du de d l et ou mais ne pas plus avec pour par sur dans en au aux ce cette ces "
        "est sont était été être avoir a ont nous vous ils elles il elle je son sa ses leur leurs notre nos "
        "votre vos qui que quoi dont où quand comme si aussi très bien merci bonjour madame monsieur "
        "cordialement facture heures projet tâche réunion client cher chère à après avant chez entre sans sous vers selon déjà encore aujourd demain hier doit peut faut été aller retour déplacement frais "
        # personal pronouns and their kin ("Olivier et moi", "c'est toi", "todo el día")
        " moi toi eux mon ton"
    ),
    "es": (
        "el la los las un una unos unas y o pero no con de del al a en por para sobre entre es son era fue "
        "ser estar está están hemos ha han tiene tienen nosotros usted ustedes ellos ellas él ella yo su sus "
        "nuestro nuestra que quien cuando donde como si también muy gracias hola saludos estimado estimada "
        "señor señora factura horas proyecto tarea reunión cliente las lo le les me se te ya hoy mañana ayer tras desde hasta según sin puede debe hay ida vuelta visita gastos"
        # personal pronouns and "todo" ("yo mañana estoy todo el día")
        " tú mí ti todo todos"
    ),
    "nl": (
        "de het een en of maar niet met van voor naar op in aan bij uit over onder is zijn was waren wordt "
        "worden werd heeft hebben had wij we jij je u hij zij ze ik ons onze uw hun die dat deze wat wie "
        "wanneer waar waarom hoe als ook nog al alleen graag bedankt dank groet groeten beste geachte "
        "meneer mevrouw factuur uren project taak vergadering klant door voor na tot om te er nu pas zal zou kan kunnen moet moeten worden heer retour klantbezoek reis kosten bedrag incl btw volgens"
        # pronouns and prepositions that open a sentence ("Jullie BSN's", "Vanaf maart")
        " jullie mijn jouw zich mij hem hen vanaf sinds tijdens zonder tussen omdat dus geen toen dit"
        # answers that open a line of a transcript ("Ja, Fatma Aydemir", "Klopt, Yasmina, sorry")
        " ja klopt prima"
    ),
}


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (long word lists stay readable as one string), each also
    without its accents when that is four letters or more: the rules compare folded tokens ("collègue" is
    "collegue" there); short words keep their accents only ("à" is no "a", "él" no "el", "dès" no "des")."""
    words = text.split()
    folded = {fold_str(w) for w in words}
    return frozenset(words) | {w for w in folded if len(w) >= 4}


def _words(text: str) -> frozenset[str]:
    return frozenset(fold_str(w) for w in text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold_str(w) for w in words.split()) for lang, words in _RAW_STOPWORDS.items()
}

MONTHS = _words(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec januar februar märz maerz mai juni juli oktober dezember janvier "
    "février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre enero "
    "febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre januari februari "
    "maart mei augustus jänner jaenner feber"
    # weekday abbreviations of timesheets and chat ("Thu 4h", "by Fri.")
    " mon tue tues wed thu thur thurs fri sat sun"
    " monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves "
    "viernes sábado domingo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)

# Courtesy titles that precede a person's name (folded, without the trailing dot).
# Big cities that are also surnames ("Tom London"): never the next word of a name
MAJOR_CITIES = _words(
    "london paris berlin madrid rome roma amsterdam brussels bruxelles brussel vienna wien zurich zürich geneva "
    "genève lyon marseille hamburg munich münchen frankfurt cologne köln barcelona valencia sevilla seville "
    "lisbon lisboa dublin edinburgh manchester leeds rotterdam antwerp antwerpen gent ghent utrecht lagos "
    "accra nairobi dakar milan milano florence firenze prague warsaw budapest"
)
# Week days are never names ("Thursday's review", "jeudi matin"); their abbreviations may be ("Thu", "Sun")
# (French and Spanish timesheets open a line with "Lun 4h", "Mié 3h", "jeu."; not "sam", "dom": names too)
WEEKDAY_ABBREVIATIONS = _words(
    "mon tue tues wed thu thur thurs fri sat sun lun mer jeu ven dim mié jue vie sáb"
)
WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
    "dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag"
)
# Professional titles written out before a surname ("Maître Vasseur", "licenciado Echeverría", "el abogado
# Montoya", "Notarin Lange", "dokter Hoogeveen", "RA Brandt"); a full stop after one ends a sentence ("tienen
# buen abogado. Cita asignada"). Not "notaría" (folded "notaria"), the notary's office.
PRO_TITLES = _words(
    "maître maitre licenciado licenciada abogado abogada notario notaire notaris notar notarin avocat avocate "
    "advocaat rechtsanwalt rechtsanwältin rechtsanwaltin ra doctor doctora doktor dokter profesor profesora "
    "professeur professor arquitecto arquitecta meester"
    # colloquial ones ("el profe Mynor", "la seño Marta"; not "ingeniero": a blind total lost keep with it)
    " profe seño"
    # the client of a German or Dutch office before a surname ("Mandant Çelik"), never a name itself
    " mandant mandantin klient klientin"
)
TITLES = _words(
    "mr mrs ms miss mister mx dr prof sir dame herr herrn hrn frau hr fr monsieur madame mademoiselle mme mlle m atty "
    "señor señora señorita sr sra srta don doña dhr mevr mw meneer mevrouw heer drs ir ing mag "
    "dña dna lic licda engr arq dra senyor senyora "
    # West African and South Asian honorifics ("Alhaji Musa Danladi", "Barr. Nkechi Ugwu", "Smt. Radha")
    "alhaji alhaja hajia hajiya mallam shri shrimati smt barr "
    # German professional abbreviations between a title and the name ("Frau StB Dr. Leyla Aksoy", "Herr WP
    # Tobias Kranz", "Dipl.-Kfm. Ivan Petrović"; not "RAin": folded, it is the name "Rain")
    "stb wp dipl kfm dkfm hofrat hofrätin hofratin magister"
    # professional titles written before a surname ("Maître Vasseur", "licenciado Echeverría", "el abogado
    # Montoya", "Notarin Lange", "dokter Hoogeveen", "RA Brandt")
    " " + " ".join(sorted(PRO_TITLES))
)

# The civil titles as written before a name, for patterns (a dot after each is optional): a person by courtesy,
# never a brand's title (unlike "Pater", "Dr.", "Don", "Doña" or "Miss", which brands wear: «Don Isidro Añejo 12»)
CIVIL_TITLE_PATTERN = (
    r"(?:Frau|Herrn?|Hr\.|Fr\.|Madame|Mme|Mlle|Monsieur|M\.|Mevrouw|Mevr\.|mevr\.|Mw\.|mw\.|Meneer|Dhr\.|dhr\.|"
    r"Señora|Señor|Srta\.|Sra\.|Sr\.|D\.ª|Dña\.|Mrs|Mr|Ms)"
)

# Words after which the next capitalised words are a person (greetings, roles, hand-overs).
PERSON_CUES = _words(
    "hi hello dear hey thanks cc attn attention contact owner manager pm approver reviewer assignee "
    "hallo liebe lieber ansprechpartner ansprechpartnerin kontakt bonjour salut cher chère chere "
    "interlocuteur interlocutrice contacto hola estimado estimada querido querida beste geachte hoi "
    "contactpersoon dag goedemorgen"
)

# Family words before a name ("his wife Lin", "su hija Mei", "ihr Sohn Jonas", "zijn dochter Noor"): not the
# ambiguous ones ("son" is French for "his", "man" an ordinary word, "Frau" a title)
KIN_CUES = _words(
    "wife husband daughter spouse brother sister mother father grandson granddaughter nephew niece "
    "ehefrau ehemann tochter sohn bruder schwester mutter vater enkelin neffe nichte gattin gatte "
    "épouse époux fille fils frère sœur soeur mère neveu nièce petit-fils petite-fille "
    "esposa esposo marido hija hijo hermano hermana madre padre nieto nieta sobrino sobrina "
    "echtgenote echtgenoot dochter zoon broer zus moeder vader kleinzoon kleindochter neef"
)
# German writes them capitalised ("ihr Sohn Jonas", "seine Ehefrau Ayşe")
KIN_CUES_DE = _words(
    "ehefrau ehemann tochter sohn bruder schwester mutter vater enkel enkelin neffe nichte gattin gatte ehepaar familie"
)

# Two-word cues ("approved by", "freigegeben von") and their one-word versions after a verb.
PERSON_BY_CUES = _words("by von par por door with mit avec con met")

# Words that end organisations or places, never persons ("Hamburg Port", "Acme GmbH").
NON_PERSON_TAILS = _words(
    "semana intérim interim port harbour harbor airport station street road avenue gmbh ag kg ug ltd llc inc plc corp sa sas sarl "
    "sl slu bv nv group holding bank hotel university school hospital council city centre center office "
    "gmbh&co hafen bahnhof straße strasse platz weg gare rue calle avenida plaza straat laan plein cloud "
    "server services solutions consulting partners team portal suite studio labs systems software "
    "entity entities entité entités entidad entidades entiteit entiteiten subsidiary subsidiaries"
    # business nouns that end company names in our five languages ("Mercer Analytics", "Adler Logistik")
    " analytics estates estate energy energie energia énergie distribution ports logistics logistik "
    "logistiek logistica logistique foods food fabrics textiles textil trading medical freight build bau "
    "maschinenbau apotheke visserij installatie minerales mineral minerals inversiones industries "
    "industrie motors pharma media marketing construction properties realty insurance finance advisory "
    "project projekt projet proyecto project's "
    "associates brothers capital ventures agro transport transporte techniek bouw verzekeringen immobilien "
    "versicherung handel gruppe groupe grupo holdings manufacturing engineering electric electronics "
    "automotive health healthcare clinic klinik farma farmacia pharmacie verlag druck shipping cargo "
    "success hub metro travel tours "
    "airlines airways telecom networks technologies technology tech foundation fondation stiftung "
    "fundación fundacion stichting trust institute institut instituto association society museum "
    "laboratoires laboratories laboratorios construcciones constructions bouwbedrijf imports exports "
    "import export solar mining studios league club federation garden gardens park church chapel temple "
    "mosque parish kirche église eglise iglesia kerk "
    # finance houses ("Lincoln Financial", "Société Générale", "Harbour Assurance")
    "financial financials générale generale generali bancorp assurance assurances mutual investments "
    "investment funds fund asset assets wealth lending leasing "
    # sites ("Rotterdam and Antwerp depots", "Leeds warehouse")
    "depot warehouse site plant branch store factory magazijn vestiging filiale standort lager "
    # trades and family firms ("Parker Lane Supplies", "Van Leeuwen Advies", "Martin Frères", "Lavande & Fils")
    "supplies supply training advies advocaten accountants adviseurs consultancy frères freres fils söhne "
    "attorneys solicitors barristers "
    "soehne sons hermanos hijos transports transportes transporten habitat wonen woningen immobilier "
    "inmobiliaria"
    # professional firms and trades ("Ortega Salinas Abogados", "Laurent Mercier Associés", "Koster Vastgoed",
    # "Rousseau Métallerie", "Mbeki Expertise", "Pinecrest Dental", "Adeyemi PartG", "Aurore Traiteur")
    " abogados asociados associés associes avocats notaires notarissen reformas métallerie metallerie "
    "menuiserie plomberie expertise expertises robotics interiors interior design dental industrial data "
    "digital partg mbb vastgoed traductions translations übersetzungen uebersetzungen traiteur catering "
    "kebab bistro pizzeria bakery bakkerij brouwerij rösterei roesterei kaffeerösterei roasters works "
    "werkstatt taller talleres gráficas graficas imprenta drukkerij"
    # small trades and shops ("Garside Roofing", "Bright Hands Care", "Fiedler Feinkost", "Halden Outdoor")
    " roofing kitchen kitchens care cleaning cleaners plumbing electrical electrics joinery builders "
    "decorators landscaping barbers salon hair beauty nails removals flooring glazing scaffolding heating "
    "fitness gym opticians vets veterinary nursery childcare tutoring printing bakes cakes outdoor "
    "feinkost zorggroep ebanistas carpinteria carpintería fontaneria fontanería peluquería peluqueria "
    "schoonmaak installaties kapsalon"
    # Catalan and Spanish advisory firms ("Llorens Ferri Assessors Laborals", "Ruiz Asesores")
    " assessors assessores asesores laborals laborales"
    # shops, schools and practices named after their owner ("Heffernan's Pharmacy", "Brightwater Montessori")
    " pharmacy pharmacies chemist chemists montessori academy college surgery seafoods bakes"
    # shops named after their owner ("Pemberton Candles", "Ainsworth Florist", "Carmichael Tyres")
    " candles florist florists flowers jewellers jewelers tyres brewery deli butchers cycles bookshop"
    # more trades after an owner's name ("Kamau Hardware", "Papadopoulos Legal", "Habib Bros", "Hock Lee Marine")
    " hardware legal bros marine"
    # works, arcades, quarries and firms of advocates and accountants ("Shannon Precision Castings", "Adams Arcade",
    # "Kiprono & Wekesa Advocates", "Halswell Quarry", "Tremblay Lombardi CPA")
    " castings foundry arcade advocates quarry quarries cpa cpas"
    # trades after an owner's name in German, Dutch and French ("Lorenz Akustik", "Mulder Makelaardij", "Pinas
    # Detachering", "Yıldız Installatietechniek", "Khoury Électrique")
    " akustik elektrotechnik haustechnik makelaardij detachering installatietechniek elektrotechniek "
    "électrique electrique"
    # ("Bertrand Primeurs", "Baxter Conveyancing", "Paloma Brasería")
    " primeurs conveyancing brasería braseria"
)

# Endings of compound business nouns after a name ("Delta Havenbedrijf", "Ostwind Solarwerk").
COMPANY_WORD_ENDINGS = (
    "bedrijf",
    "werk",
    "werke",
    "bau",
    "technik",
    "logistik",
    "handel",
    "imports",
    "exports",
    "manufaktur",
    # German compound trades and firms after an owner's name ("Engel Steuerberatung", "Hahn Gebäudereinigung",
    # "Braun Wirtschaftsprüfungsgesellschaft", "Tan Ingenieurgesellschaft", "Keller Haustechnik")
    "gesellschaft",
    "beratung",
    "reinigung",
    "kanzlei",
    "betrieb",
    "dienst",
    "dienste",
)

# Job titles and roles in our five languages: never part of a name ("Gerente de Compras", "Leiter Einkauf").
ROLE_WORDS = _words(
    "inspector inspectora inspectrice inspecteur inspecteur gerente director directora directeur directrice manager head chief leiter leiterin leitung jefe jefa "
    "responsable coordinator coordinador coordinadora coordinatrice coördinator assistant assistante "
    "assistente asistente accountant contable comptable controller analyst analista consultant consultor "
    "consultora engineer ingeniero ingeniera ingénieur officer president presidente présidente vice vp ceo "
    "cfo cto coo secretary secretaria secrétaire administrator administrador administradora administrateur "
    "specialist especialista intern stagiaire becario becaria stagiair teamleider teamleiter projectleider "
    "projektleiter projektleiterin inkoper einkäufer einkauferin acheteur acheteuse comprador compradora "
    "buyer auditor auditeur auditora geschäftsführer geschaftsfuhrer geschäftsführerin gérant gérante "
    "chargé chargée chargee directeur-générale supervisor supervisora sachbearbeiter sachbearbeiterin "
    "medewerker medewerkster "
    # roles that label a person in parentheses or before a colon ("Driver (Santos)", "Fahrer: Yilmaz")
    "driver courier dispatcher fahrer fahrerin chauffeur chauffeuse conductor conductora chófer chofer "
    "bestuurder koerier technician techniker technikerin"
    # departments, which follow a name after "de"/"of"/"van" ("Xiomara Cárdenas de Compras")
    " compras ventas contabilidad finanzas administración administracion facturación facturacion tesorería "
    "tesoreria einkauf verkauf buchhaltung vertrieb achats ventes comptabilité comptabilite facturation "
    "trésorerie tresorerie inkoop verkoop boekhouding administratie procurement purchasing accounting "
    "cobros cobranzas inkasso recouvrement incasso debiteurenbeheer"
    # department words of signature lines ("Abteilung Rechnungswesen", "Afdeling Debiteuren", "Accounts Payable")
    " abteilung afdeling departamento département departement department dept accounts payable receivable "
    "kundenservice klantenservice servicio debiteuren crediteuren rechnungswesen"
    # grades and trainee roles of professional firms ("Senior Tax Associate", "advocaat-stagiair")
    " senior junior associate trainee advocaat-stagiair stagiaire facilitair laboral fiscal"
    # who chairs and who runs ("Alasdair Grant (chair)", "Signed: P. Naidoo, Chair", "In attendance: HR Executive")
    " chair chairperson chairman chairwoman executive treasurer"
    # who keeps the building, the books or the front desk ("Encarni (portera)", "Mason (bookkeeper)")
    " portera portero conserje gardien gardienne concierge hausmeister hausmeisterin caretaker janitor bookkeeper "
    "receptionist recepcionista réceptionniste receptionniste"
    # German trades and offices of a building site, a tax office or a house ("Polier Schneider", "Hauswart Frei",
    # "Steuerberaterin Dr. Lang", "Rücksprache mit Chefin")
    " polier hauswart hauswartin hausbesorger hausbesorgerin steuerberater steuerberaterin azubi chef chefin "
    "referendar referendarin geselle gesellin monteur monteurin disponent disponentin bauleiter bauleiterin"
)

# Company forms after a name ("Santiago Ports SA"), matched on the text as written.
ORG_SUFFIXES = frozenset(
    [
        "GmbH",
        "AG",
        "KG",
        "UG",
        "SA",
        "SAS",
        "SARL",
        "SE",
        "BV",
        "NV",
        "Ltd",
        "LLP",
        "LLC",
        "Inc",
        "plc",
        "PLC",
        "Corp",
        "Co",
        "SL",
        "SLU",
        "SRL",
        "SpA",
        "Oy",
        "AB",
        "AS",
        "ApS",
        "S.A.",
        "B.V.",
        "N.V.",
        "S.L.",
        "S.A.C.",
        "S.A.S.",
        "S.R.L.",
        "Ltd.",
        "Inc.",
        "Co.",
        # professional, Latin American, French, German, Dutch and Belgian forms ("Arquitectura Moreno SLP")
        "SLP",
        "S.L.P.",
        "SAC",
        "EIRL",
        "E.I.R.L.",
        "LTDA",
        "Ltda",
        "Ltda.",
        "SCP",
        "SELARL",
        "EURL",
        "SASU",
        "SNC",
        "GbR",
        "OHG",
        "eG",
        "PartG",
        "PartGmbB",
        "VOF",
        "CVBA",
        "BVBA",
        "SPRL",
        "ASBL",
        "VZW",
        "Pty",
        "Pvt",
        "Cía",
        "Cía.",
    ]
)
# Words before a name that make it a company or a project ("Project Atlas", "Groupe Aurore", "Stichting Overloon", "la société X").
ORG_INDICATORS = _words(
    "groupe grupo gruppe stichting société societe sociedad firma company bedrijf empresa banco bank "
    "hotel vereniging verein fundación fondation project projekt projet proyecto programme program "
    "operation operación opération banque finanzamt hacienda belastingdienst agencia agence agentur "
    "polígono poligono academia académie academie akademie academie auditoría auditoria bloemenhuis país pais"
    # business nouns that start company names ("Constructora Reyes", "Transportes Ruiz", "Atelier Dumas")
    " constructora construcciones transportes distribuidora comercial comercializadora industrias "
    "laboratorios laboratoires laboratorium établissements etablissements atelier ateliers cabinet "
    "agence agencia despacho bouwbedrijf aannemersbedrijf autobedrijf"
    # more trades and houses ("Maison Delorme", "Forjas Echeverría", "Clinique Saint-Vincent", "Nettoyage Dubois")
    " maison forjas forja clinique clínica clinica nettoyage moulin panadería panaderia farmacia ferretería "
    "ferreteria carpintería carpinteria schilderwerken"
    # the professions' own firms ("Kanzlei Roth", "Praxis Dr. Weber", "Bufete Soler", "Notariskantoor Smit")
    " kanzlei anwaltskanzlei steuerkanzlei praxis bufete gestoría gestoria asesoría asesoria notaría notaria "
    "notariskantoor advocatenkantoor accountantskantoor étude etude"
    # shops and trades named after their owner ("Bakkerij Claes", "Boulangerie Wauters", "Café Lumière")
    " bakkerij brouwerij slagerij boulangerie boulangeries brasserie restaurant café cafe pizzeria domaine "
    "garage hostal bodega bodegas taller talleres gráficas graficas traductions bäckerei baeckerei "
    "metzgerei autohaus schreinerei tischlerei hoteles hotels"
    # more shops and trades ("Panadería Campos", "Boucherie Marchal", "Chaussures Lefebvre", "Gasthof Adler")
    " panadería panaderia carnicería carniceria pescadería pescaderia frutería fruteria ferretería ferreteria "
    "librería libreria joyería joyeria zapatería zapateria confecciones conservas seguros muebles "
    "fromagerie boucherie charcuterie chaussures pâtisserie patisserie librairie pharmacie quincaillerie "
    "menuiserie plomberie imprimerie bijouterie fleuriste "
    "gasthof gasthaus konditorei apotheke buchhandlung friseur schuhhaus blumenhaus "
    "apotheek kapsalon drukkerij schoenen bloemenhuis"
    # bazaars and hardware shops ("Bazar Chen", "Ferret. Moreno")
    " bazar ferret"
    # Belgian non-profits and French trades that open a firm's name ("ASBL Les Amis du Moulin", "Toiture
    # Leclercq", "Chauffage Dubois")
    " asbl vzw toiture toitures couverture chauffage maçonnerie maconnerie carrosserie électricité electricite"
    # Italian restaurants and shops ("Ristorante Da Peppe", "Trattoria Bellini")
    " ristorante trattoria osteria gelateria enoteca panificio pasticceria macelleria"
    # more trades that open a firm's name ("Elektro Kaminski", "Verrerie Castaing", "Perfumería Azahar",
    # "Fiduciaire Germain & Lacroix", "Installatiebedrijf Yıldız")
    " elektro sanitär sanitaer dachdeckerei malerbetrieb verrerie fiduciaire perfumería perfumeria distillerie "
    "droguería drogueria installatiebedrijf loodgietersbedrijf"
    # German firms opened by their trade ("Spedition Meister", "Fleischerei Klein", "Baustoff Kessler", "Getränke
    # Hoffmann", "Gebäudereinigung Kraus", "Steuerberatung Engel")
    " spedition fleischerei baustoff baustoffe baustoffhandel getränke getraenke gebäudereinigung "
    "gebaeudereinigung steuerberatung malerei gärtnerei gaertnerei druckerei bäckerei-konditorei"
    # ("Chocolaterie Besson", "Plastiques Gauthier", "Woonstichting Havenzicht", "Zorgcentrum De Linde", "Fincas
    # Castillo Hnos")
    " chocolaterie plastiques woonstichting zorgcentrum fincas"
    # ("Möbelhaus König", "Blumen Engel", "Conserverie Le Floch", "STB Transports Koné", "Textiles Ojo")
    " möbelhaus moebelhaus blumen conserverie transports textiles"
)

# After a name these say a person acts ("Grace confirmed", "jan-willem needs it", "Volker sagt").
COMM_VERBS = _words(
    "said says confirmed confirms wrote writes asked asks replied replies agreed agrees approved approves "
    "signed signs sent sends called calls mentioned mentions noted notes joined joins reviewed reviews "
    "emailed emails phoned rang pinged promised suggested suggests prefers preferred accepted accepts "
    "rejected rejects declined declines proposed proposes shared shares updated updates checked checks "
    "explained explains insists insisted complained complains requested requests responded answered "
    "thinks thought wants wanted needs needed owns owned takes took covers covered handles handled "
    "raised raises disagreed disagrees objected objects flagged zit zat "
    "will would can could should is was has had isn't wasn't hasn't won't can't doesn't didn't "
    "sagt sagte schreibt schrieb schickt schickte prüft prüfte bestätigt bestätigte hat hatte ist war "
    "wird will möchte braucht fragt fragte meint meinte bittet bat meldet übernimmt kümmert kommt "
    "dit disait écrit valide envoie demande suit confirme pense veut souhaite appelle est sera doit "
    "dice dijo escribió pide pidió confirma confirmó aprobó firmará firma envía manda quiere necesita "
    "está estará tiene "
    "zegt zei stuurt schreef vraagt vroeg bevestigt keurt heeft wil moet belt komt "
    "knows know weiß weiss fehlt sait manque sabe falta weet ontbreekt starts started leaves left "
    "arrives arrived begins fängt kommt commence empieza begint "
    # plural forms, for two names joined by "and"/"or" ("yusuf or mei-ling have the receipts")
    "have are were haben sind waren ont sont étaient tienen son están hebben zijn waren"
)
# Form and table labels whose value is a person's name ("Name: DEMIR", "Nom / Prénom : LE BIHAN Maëlle",
# "Titulaire : M HADDAD Y", "Landlord:  Ahmad Karimi-Nejad"): the value may be in capitals, as forms ask.
NAME_LABELS = _words(
    "name nom vorname prénom prenom nachname familienname naam voornaam achternaam nombre nombres apellido "
    "apellidos surname forename firstname lastname fullname titulaire karteninhaber karteninhaberin "
    "cardholder holder landlord tenant vermieter vermieterin mieter mieterin bailleur locataire preneur "
    "arrendador arrendatario verhuurder huurder witness zeuge zeugin témoin temoin testigo getuige "
    "employee mitarbeiter mitarbeiterin salarié salariée salarie empleado empleada werknemer candidate "
    "kandidat kandidatin candidat candidato candidata kandidaat beneficiary begünstigter bénéficiaire "
    "beneficiario begunstigde"
)
# Column heads and field labels of forms and tables: never a person themselves ("Role        Name").
FORM_LABELS = NAME_LABELS | _words(
    "role rolle rôle rol función funcion company firma société societe empresa bedrijf organisation "
    "organization host gastgeber contact kontakt ansprechpartner defendant claimant plaintiff beklagter "
    "kläger ville ort stadt city town plaats woonplaats ciudad localidad date datum fecha signature "
    "unterschrift signé firmado handtekening title titel titre phone telefon téléphone teléfono telefoon "
    "email e-mail address adresse dirección direccion adres anschrift in out time zeit heure hora tijd "
    # mail headers
    "cc bcc to from subject sent received betreff gesendet objet envoyé envoye asunto enviado onderwerp "
    "verzonden "
    # a case note's sections ("Santé : Fanta est suivie...", "Salud: ...", "Gezondheid: ...")
    "santé sante salud gesundheit gezondheid logement vivienda wohnen scolarité scolarite"
)
# Words a chat cue ("w/ finance", "ask legal") points at that are teams, not persons.
TEAM_WORDS = _words(
    "finance sales legal support ops it hr marketing accounting accounts billing client customer team them "
    "him her us me you everyone all design product engineering dev devs qa procurement purchasing "
    "management mgmt board pmo tax payroll ceo cfo cto coo"
    # the same teams in our other languages ("mit Lohn abgleichen", "vraag het Salarisadministratie")
    " lohn lohnbüro lohnbuero buchhaltung personalabteilung vertrieb einkauf fibu uni "
    "salarisadministratie boekhouding inkoop verkoop compta comptabilité comptabilite paie achats "
    "contabilidad nómina nomina compras ventas"
)
# Departments, boards and offices (and identity documents) by their initials, in capitals as attendee lines and
# checklists write them
# (compared case-sensitively): three letters or more are a team wherever they stand ("Diffusion : RH, DSI, DAF,
# CSE"); two letters are a person's initials as often ("Present: HR (chair), OR, DW"), a team only where the text
# says so (see ``person.filters``)
NOT_INITIALS = word_set(
    "DAF DRH DSI CSE CODIR COMEX PDG RSSI RRHH PMO HSE CFO CEO COO CTO CIO CHRO"
    # and a building's floors ("im 3. OG links", "UG")
    " OG UG"
    # and identity documents by theirs ("bring CNIC", "CNIC 42101-5517846-3")
    " CNIC NICOP"
    # and a firm's legal form in initials ("Asesoría Llobregat Fiscal, S.L.P.", "Transports Roux S.A.R.L.")
    " S.L.P. S.L.U. S.A.U. S.A.S. S.R.L. S.A.R.L. S.C.P. S.P.A. S.p.A. L.L.P."
)
TEAM_INITIALS = word_set("HR IT QA QM GF GL BR VR MT OR RH TI RQ DG HV")
# A ride, a trip or a fair opening an expense or travel line ("Train Waverley to Glasgow", "Taxi Hbf → Messe
# Riem", "Taxi Royal Infirmary"): what follows is a station, a place or a venue, never a person who opens with it
TRAVEL_HEADS = word_set(
    "taxi cab uber lyft train tram bus coach shuttle ferry flight metro tube eurostar tgv ice zug bahn s-bahn "
    "u-bahn flug fähre faehre messe tren vuelo autobús autobus colectivo remís remis navette vol trein veerboot"
)
# Endings of surnames (Slavic, Baltic, Greek, Romanian, Turkish, Armenian, Georgian, Indian, Nigerian...)
# that extend a lower-case first name to a full name ("olena kovalenko").
SURNAME_ENDINGS = tuple(
    sorted(
        word_set(
            "enko chuk czyk wicz vich vych ović ovic evic ević ić ski ska sky skaya ova eva ovna ová ov ev "
            "in idis opoulos oglu oğlu escu yan ian shvili dze eze wu ola ade ike wala ani ayya iah"
            # Frisian and Basque ("Zijlstra", "Hoekstra", "Wiersma", "Goenaga", "Etxeberria")
            " stra sma inga enga aga rria"
        )
    )
)
# Prepositions after which two capitalised words with a known first name or surname are a person.
TO_CUES = _words("to for from an à a para aan voor für fur pour cc")

# Headings of attendee lists: the comma-separated names after them are persons ("Attendees: A B, C D").
LIST_HEADINGS = _words(
    "attendees attendee participants participant present apologies absent invitees invited regrets excused "
    "afgemeld verhinderd excusados disculpados excuse excusee "
    "teilnehmer teilnehmende anwesend entschuldigt abwesend verteiler "
    "présents presents excusés excuses absents invités "
    "asistentes participantes presentes ausentes invitados "
    "aanwezig aanwezigen afwezig deelnemers genodigden cc bcc"
    # calendar invites and review lists ("Required: A; B", "Interviewers: C, D")
    " required optional organizer organiser organizers interviewers reviewers approvers speakers "
    "erforderlich optional organisator organisatorin veranstalter "
    "obligatoire obligatoires facultatif facultatifs organisateur organisatrice "
    "obligatorio obligatorios opcional opcionales organizador organizadora "
    "verplicht optioneel organisator"
)
# The subset that also makes a first name that is a word a person ("Grace confirmed", not "May is").
STRONG_VERBS = _words(
    "said says confirmed confirms wrote writes asked asks replied replies agreed agrees approved approves "
    "signed signs mentioned mentions emailed phoned rang pinged promised suggested suggests insists "
    "insisted complained complains requested responded answered thinks thought wants wanted prefers "
    "sagt sagte schreibt schrieb meint meinte fragt fragte bestätigt bestätigte dit disait écrit confirme "
    "dice dijo escribió confirma confirmó zegt zei schreef vraagt vroeg bevestigt "
    # signing is done by persons ("Consuelo firmará el contrato", "Faith signed")
    "signed signs sign unterschreibt unterschrieb signe signera signé firma firmó firmará tekent tekende "
    "ondertekent ondertekende"
)
# Festivals and holidays named in greetings ("Happy Diwali and Pongal wishes", "Eid Mubarak"): never a name
FESTIVALS = _words(
    "diwali deepavali pongal onam holi navratri vesak lohri baisakhi vaisakhi ugadi kwanzaa matariki eid "
    "hanukkah chanukah purim pesach janmashtami ganesh-chaturthi "
    "christmas xmas easter hogmanay"
)
# Greetings of two words whose first or second word is also a name ("Ngā mihi", "Kia ora", "Eid Mubarak",
# "Ramadan Kareem", "Sat Sri Akal")
GREETING_PAIRS = frozenset(
    {
        ("nga", "mihi"),
        ("kia", "ora"),
        ("ka", "kite"),
        ("naku", "noa"),
        ("eid", "mubarak"),
        ("ramadan", "mubarak"),
        ("ramadan", "kareem"),
        ("sat", "sri"),
        ("sri", "akal"),
    }
)
# Verbs that open a clause before the name they report on ("Says Tino will be back", "Mentioned Okonkwo as
# reference", "Habla Wang Xiaoling"): never the first word of a name found by context or by the NER model
VERBS_BEFORE_NAME = (STRONG_VERBS - _words("firma sign signe")) | _words(
    "habla hablo llama llamó spoke speaks told tells met meets"
    # verbs of onboarding and paying that open a task's line ("Onboard SELVARAJAH A/L MUNUSAMY", "Pay Kofi")
    " onboard welcome hire hired invite invited brief briefed pay paid remind reminded introduce introduced"
    # who came to a meeting, opening its list ("Asistieron Pilar Sanz, Charo y ...", "Excusó su asistencia")
    " asistieron asistio acudieron participaron excuso excusaron"
)
# Before a lower-case first name in chat-style notes ("pairing w/ olu", "ask kwame", "cc priya").
CHAT_CUES = _words(
    "w with cc ask ping pinged thx thanks ty tell told call called met meet mit avec con met "
    "fragen frag demander preguntar vraag bel bij bei chez chase chased remind reminded nudge nudged dm "
    "message messaged"
    # French, Spanish, German and Dutch calls and reminders ("faut relancer Tchala", "avisale a Maco")
    " relancer relance rappeler rappelle appeler appelle prévenir préviens contacter llamar llamale llámale "
    "avisale avísale decile dile pregúntale preguntale bellen"
)
# Two-word chat cues ending in the word before the name ("spoke to", "vu avec", "hablé con").
CHAT_CUE_PAIRS = frozenset(
    tuple(pair.split("+"))
    for pair in [
        "spoke+to",
        "talked+to",
        "speak+to",
        "talk+to",
        "sent+to",
        "send+to",
        "wrote+to",
        "write+to",
        "handed+to",
        "hand+to",
        "vu+avec",
        "parlé+avec",
        "hable+con",
        "hablé+con",
        "habló+con",
        "gesprochen+mit",
        "sprach+mit",
        "gesproken+met",
        "gebeld+met",
        "loop+in",
        "looping+in",
        "looped+in",
        "waiting+on",
        "wait+on",
        "waiting+for",
        "chasing+up",
        "wachten+op",
        "warten+auf",
        # asking, telling, sending or handing over to a person ("demander à Vanhoutte", "bitte an Frey",
        # "Rückmeldung an AP", "mandárselo a Bienvenido", "pasale a Maite")
        "demander+a",
        "demande+a",
        "dire+a",
        "dis+a",
        "écrire+a",
        "ecrire+a",
        "envoyer+a",
        "transmettre+a",
        "passer+a",
        "bitte+an",
        "ruckmeldung+an",
        "bescheid+an",
        "weiterleiten+an",
        "mandarselo+a",
        "mandale+a",
        "pasale+a",
        "pasarle+a",
        "decirle+a",
        "preguntarle+a",
        "avisarle+a",
    ]
)
# Before a name that is the source of a statement ("Per Kwabena Asante, ...", "Laut Aylin", "Selon ...").
SOURCE_CUES = _words("per according laut gemäß gemass selon según segun volgens namens")
COORDINATORS = _words("and und et y en e & + or oder ou o")
# "or" in Dutch is "of": only between two names ("wessel of anouk")
PAIR_JOINERS = COORDINATORS | _words("of")
# Mail headers at the start of a line ("From: Omar Haddad", "Von: ...", "De : ...", "Para: ...").
HEADER_CUES = _words(
    "from to cc bcc von an de à a para van aan signed firmado firmada signé signe gezeichnet getekend ondertekend"
)
# Labels of a ticket, a form or a minutes line whose value is a person ("Assigned to: L. Okonkwo",
# "Bearbeiter: Aigerim", "Technicien : Yasmina", "(Orga: Ernst)"); the last word, after its first words.
ROLE_LABELS = _words(
    "assignee assigned reporter reported requester requested requestor owner buddy mentor lead agent "
    "handler caller contact responsible approver reviewer author organizer organiser host interviewer "
    "bearbeiter bearbeiterin melder melderin zuständig zustandig verantwortlich orga vertretung "
    "antragsteller antragstellerin "
    "demandeur demandeuse technicien technicienne responsable assigné assigne assignée rapporteur "
    "reporta reportado asignado asignada solicitante técnico tecnico técnica tecnica encargado encargada "
    "behandelaar melder aanvrager aangemeld toegewezen verantwoordelijke"
    # the colleague who shows a new starter around ("Pate ist Till", "Parrain : Victor.", "tutora: Milagros")
    " pate patin parrain marraine tutor tutora tutrice padrino madrina peter meter"
    # a new colleague's or starter's name ("Nieuwe collega: Nordin Azzouzi", "New starter: ...")
    " collega colleague kollege kollegin collègue collegue colega starter"
    # the officers of minutes ("Voorzitter: Hermans. Notulen: Van Wijk.", "Présidente : Moreau")
    " voorzitter notulen notulist secretaris penningmeester président présidente secrétaire trésorier "
    "trésorière vorsitz vorsitzender vorsitzende protokollführer protokollführerin schriftführer "
    "schriftführerin presidente secretario secretaria tesorero tesorera chair chairperson secretary treasurer"
    # who entered, drew up or served, in the Spanish past ("Capturó: Bere Ochoa", "Atendió: Palacios"), a
    # claimant, a Dutch worker or technician ("Medewerker: Bakker, R.J.", "Technieker: Jansen")
    " capturó capturo elaboró elaboro atendió atendio claimant claimants titular titulaire "
    "medewerker medewerkster technieker monteur"
)
# Participles that name who wrote, took or received something, only before "by"/"door"/"par" and a colon
# ("Genoteerd door: Jet", "Notes by: kayla m.", "Rédigé par : Inès")
ROLE_PARTICIPLES = _words(
    "notes noted minuted taken written prepared received genoteerd opgesteld ontvangen rédigé rédigée noté "
    "notée saisi saisie reçu reçue erfasst aufgenommen protokolliert erstellt entgegengenommen tomado tomada "
    "redactado redactada elaborado elaborada anotado anotada recibido recibida"
    # who visited, attended or inspected ("Visited by: Sunil Patil & Anjali", "Besucht von:", "Atendido por:")
    " visited attended inspected interviewed besucht begangen geprüft visité visitée vu vue visitado visitada "
    "atendido atendida bezocht gezien"
)
# Participles of an act of approval, before "by" and its agent ("validée par Lefebvre", "aprobada por
# Iturriaga", "goedgekeurd door Van der Berg", "Correction faite par Amadou").
APPROVAL_PARTICIPLES = _words(
    "approved validated signed reviewed checked rejected authorised authorized confirmed countersigned "
    "submitted requested raised entered booked corrected prepared "
    "genehmigt freigegeben geprüft unterschrieben abgelehnt eingereicht beantragt korrigiert erstellt "
    "validé validée validés validées approuvé approuvée signé signée vérifié vérifiée contrôlé contrôlée "
    "corrigé corrigée fait faite refusé refusée demandé demandée saisi saisie "
    "aprobado aprobada aprobados validado validada revisado revisada firmado firmada autorizado "
    "autorizada rechazado rechazada solicitado solicitada corregido corregida hecho hecha "
    "goedgekeurd afgekeurd gecontroleerd ondertekend getekend ingediend aangevraagd gecorrigeerd"
)
# Words that end a two-word label ("reported by", "assigned to", "aangemeld door", "asignado a").
LABEL_TAILS = _words("by to door aan a à par por von an")
QUOTE_AFTER = _words("wrote escribió escribio schreef")  # "Emeka Obi wrote:", "X a écrit" (two words)
QUOTE_BEFORE = _words("schrieb schreef")  # "um 09:30 schrieb Jörg Weißhaupt"


def _data_lines(name: str) -> list[str]:
    text = resources.files("redaction.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Town and region names of phonenumbers' geocoder data that no name list knows (``data/places.txt``)."""
    return frozenset(_data_lines("places.txt"))


@lru_cache(maxsize=1)
def word_surnames() -> frozenset[str]:
    """Folded surnames that are also words ("vos", "paz", "winter"): only after a first name that is no word."""
    return frozenset(fold_str(n) for n in _data_lines("word_surnames_hand.txt"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent words of our five languages, names among them (``data/common_words.txt``, from wordfreq)."""
    return frozenset(_data_lines("common_words.txt"))


@lru_cache(maxsize=1)
def names_not_words() -> frozenset[str]:
    """Entries of ``common_words`` that are surnames and no dictionary word ("hofmann", "baxter"; built with
    ``_build_words.py --names``)."""
    return frozenset(_data_lines("names_not_words.txt"))


def plain_word(folded: str) -> bool:
    """A frequent word of our languages that is not frequent only as a surname."""
    return folded in common_words() and folded not in names_not_words()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names (gazetteer) that are not ordinary words."""
    return frozenset(fold_str(n) for n in _data_lines("first_names.txt"))


@lru_cache(maxsize=1)
def word_like_names() -> frozenset[str]:
    """Folded first names that are frequent words in one of our languages ("lien", "signe", "anna")."""
    return frozenset(_data_lines("word_like_names.txt"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Folded surnames (gazetteer, English words left out): a capitalised word before one is a first name."""
    return frozenset(fold_str(n) for n in _data_lines("surnames.txt"))


@lru_cache(maxsize=1)
def ambiguous_names() -> frozenset[str]:
    """Folded first names that are also common words ("will", "mark", "grant", "may", "rose")."""
    return frozenset(fold_str(n) for n in _data_lines("ambiguous_names.txt")) | MONTHS | WORDS_FIRST


# First names of the gazetteer that are frequent words the name data missed: a pronoun, a determiner, an
# adverb, a participle ("c'est toi", "elke maand", "darin enthalten", "lieve groeten", "a payé", "así")
WORDS_FIRST = _words(
    "elke asi darin lieve paye leen edel eimer ast rok bra ale mare mans caga gal kar pala rana ren "
    "tri vita sien ine hema"
    # a gate, a goal ("fürs Tor", "Tor zur Einfahrt")
    " tor"
    # Spanish adverbs of place ("y vive allí", "más allá")
    " alli alla"
)


@lru_cache(maxsize=1)
def tool_terms() -> tuple[str, ...]:
    """Product, tool and vendor names that are never personal data (Azure, Oracle, Jira, Teams...)."""
    return tuple(_data_lines("tools.txt"))


@lru_cache(maxsize=1)
def firm_terms() -> tuple[str, ...]:
    """Well-known firms named like people ("Grant Thornton", "Baker McKenzie", "Morgan Stanley")."""
    return tuple(_data_lines("firms.txt"))


@lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    """Stop words of every supported language, folded."""
    out: set[str] = set()
    for words in STOPWORDS.values():
        out |= {fold_str(w) for w in words}
    return frozenset(out)


def detect_language(words: list[str]) -> str:
    """Cheap language guess ("en", "de", "fr", "es", "nl"; "" if no evidence) from stop words in ``words``."""
    scores = dict.fromkeys(STOPWORDS, 0)
    for word in words[:200]:
        for lang, stop in STOPWORDS.items():
            if word in stop:
                scores[lang] += 1
    top = max(scores.values())
    if top == 0:
        return ""
    best = [lang for lang, score in scores.items() if score == top]
    # a tie with English goes to the other language: NER (English only) misreads German or Dutch nouns
    return next((lang for lang in best if lang != "en"), best[0])

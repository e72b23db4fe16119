"""Word sets of the person rules (cues, closings, articles, particles, verbs), per language folded."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction.lexicon import word_set

PARTICLES = word_set(
    "von van de der den du la le del della di da dos das ter ten te zu vom d' mac el al bin ibn abu bint los las lo "
    "binti ap ferch nic ni vd v.d."
)

# A Dutch family name's particle in lower case after a preposition ("bij van Beurden", "met ter Horst")
LOWER_PARTICLES = frozenset({"van", "ter", "ten"})
NL_PREPOSITIONS = frozenset({"bij", "met", "aan", "voor", "door", "namens", "via", "naar", "tegen", "over"})

ADDRESSEES = word_set(
    "customer customers colleague colleagues team all sir madam everyone kunde kunden kollegen "
    "kolleginnen zusammen allen client clients cliente clientes klant klanten collega collega's tous "
    "todos iedereen equipo équipe equipe leute folks guys support valued"
)


CLOSINGS = word_set(
    "regards grüße grusse gruß gruss cordialement saludos groet groeten cheers thanks merci danke gracias "
    "bedankt best salutations atentamente hochachtungsvoll sincerely mvg vg lg bises abrazos abrazo "
    "groetjes vous wishes thx ciao tschüss tschuss besos cumprimentos obrigado journée journee soirée "
    "buenos buenas días dias tardes noches "
    "soiree día dia atte mihi salaams shukran dankie enkosi chao chau adiós adios"
)


# Before a lone first name these make it a noun: "3 Tage", "die Rose", "the Will" (German nouns are capitalised).
DETERMINERS = word_set(
    "the a an this that der die das den dem des ein eine einen einem einer kein keine pro je jede jeder "
    "le la les un une el los las una het een de deze dit"
)


_VOCATIVE_NEXT = word_set(
    "can could would will please pls do did are is have kannst könntest pouvez peux puedes"
)


_FROM = frozenset({"from"})


_FOR_TO = word_set("for to für fuer an pour para voor aan a à tegen")


_QUESTION_AUX = word_set("did does do can could will would should has have hat kann kannst heeft kan")


_AUXILIARIES = word_set(
    "a ha has had have is was will would hat hatte ist war wird heeft had is was zal est était sera"
)


_NAME_OF = frozenset(
    tuple(p.split("+"))
    for p in ["nom+de", "behalf+of", "name+of", "namen+von", "nombre+de", "naam+van", "n+v"]
)


_NAME_CUES = frozenset(lx.PERSON_BY_CUES | {"cc", "hi", "hallo", "dear", "bonjour", "hola", "hello", "hey"})


_GERMAN_ARTICLES = frozenset({"das", "der", "den", "dem", "des"})


_INTRODUCTIONS = frozenset(
    tuple(p.split("+"))
    for p in [
        "my+name+is",
        "name+is",
        "this+is",
        "ich+bin",
        "mein+name+ist",
        "hier+ist",
        "je+m'appelle",
        "je+m’appelle",
        "m'appelle",
        "m’appelle",
        "ici",
        "me+llamo",
        "mi+nombre+es",
        "soy",
        "les+habla",
        "mijn+naam+is",
        "ik+ben",
        "met",
    ]
)


_ROLE_NOUNS = word_set(
    "chef cheffe boss lead owner colleague kollege kollegin collègue colega collega sponsor"
)


# A person's job right before their name, in notes that give no other cue ("Hausmeister Kern", "their bookkeeper
# Mason left", "la portera Encarni", "le comptable Lemaire", "Polier Schneider"): the name must be one the lists know
_JOB_BEFORE_NAME = word_set(
    "hausmeister hausmeisterin sachbearbeiter sachbearbeiterin polier azubi auszubildende monteur monteurin "
    "fahrer fahrerin techniker technikerin buchhalter buchhalterin steuerberater steuerberaterin gutachter "
    "gutachterin bauleiter bauleiterin praktikant praktikantin vermieter vermieterin disponent disponentin "
    "hauswart hauswartin hausbesorger hausbesorgerin teamleiter teamleiterin chef chefin mieter mieterin "
    "caretaker janitor bookkeeper accountant driver intern receptionist courier technician foreman plumber "
    "electrician cleaner landlord landlady handyman "
    "portera portero conserje contador contadora chofer chófer técnico técnica becario becaria encargado "
    "encargada capataz fontanero electricista oficial vigilante guardia "
    "gardien gardienne concierge comptable chauffeur stagiaire technicien technicienne plombier électricien "
    "electricien "
    "conciërge boekhouder chauffeur monteur stagiair loodgieter "
    # officers of a court who call or write about a person's case ("Gerichtsvollzieher Ebert", "huissier Marchal")
    "gerichtsvollzieher gerichtsvollzieherin huissier deurwaarder bailiff"
)


# Articles before a single word make it a thing; not "a" (Spanish "llamar a Aitana") nor the particles of
# surnames ("van der Berg", "von dem Bach", "de Vries").
_ARTICLES = DETERMINERS - {"a", "de", "der", "den", "dem", "des", "van", "von"}


_GRATITUDE = word_set(
    "thanks thank thx cheers congrats congratulations welcome sorry merci danke gracias bedankt dank "
    "bravo felicitaciones félicitations glückwunsch gefeliciteerd"
)


_BE = word_set("is ist est es is = are sind sont son zijn was war était etait era fue")


# Colloquial German and Spanish put an article before a first name ("frag mal die gabi", "der Matthias
# meldet sich", "el pancho dice"): a known first name that is no word counts after these.
_NAME_ARTICLES = word_set("der die el la")


# Modal and perfect auxiliaries after a subject ("Bill will send", "Rose a validé", "Ketut will handle");
# "be" after them is left out ("Grant will be paid").
_SUBJECT_AUX = word_set(
    "will would can could should must shall has had wird kann muss soll hat a va doit peut ha puede debe va "
    "zal kan moet heeft won't can't hasn't hadn't didn't doesn't couldn't wouldn't shouldn't haven't "
    "won’t can’t hasn’t hadn’t didn’t doesn’t couldn’t wouldn’t shouldn’t haven’t"
)


# Titles that announce a person also in lower-case chat ("frau haberkorn", "mr okafor", "mevr jansen").
_LOWER_TITLES = word_set(
    "mr mrs ms herr herrn frau monsieur madame mme senor senora sr sra dhr mevr mevrouw meneer maître maitre"
    " mister dr mag prof"
)


_NOT_AFTER_AUX = word_set("be been being not sein werden être etre ser estar zijn worden")


# Nouns of a timesheet or expense line before the person it was with ("appel Hinemoa", "call Gunnar").
_MEETING_NOUNS = word_set(
    "call calls appel appels llamada telko telefonat anruf gesprek belafspraak sync lunch dinner déjeuner "
    "dejeuner dîner diner comida cena almuerzo mittagessen abendessen 1:1 meeting réunion reunión"
)


# Before "to"/"from" these make the next capitalised words a place ("Flight to Kuala Lumpur").
TRAVEL_WORDS = word_set(
    "flight flights fly flying flew trip travel travelling traveling train drive ride taxi ticket tickets "
    "bus move moving relocate relocating relocation flug reise zug vol voyage train vuelo viaje vlucht reis"
)


_BOTH = word_set("both beide beiden tous toutes ambos ambas allebei allemaal")


_PLACE_PREPS = word_set(
    "in via near at around between nach aus in bei dans depuis vers en desde hacia naar uit bij"
)


# Lower-case words in a subject's slot that are no names ("did someone check", "both said", "hat jemand").
_INDEFINITE = word_set(
    "someone somebody anyone anybody everyone everybody nobody noone something anything already both also "
    "still just really only even maybe finally everything nothing "
    "jemand niemand etwas beide alle schon auch noch "
    "quelqu'un personne quelque chose tous déjà deja aussi encore "
    "alguien nadie algo ambos todos ya también tambien "
    "iemand niemand iets allebei allemaal ook nog "
    # discourse connectors that open a clause like a subject ("sinon demande à théo", "dann fragt er")
    "then otherwise else sonst dann danach sinon donc alors ensuite puis entonces luego pues sino dan daarna "
    "anders toen"
    # laughter and interjections of chats ("jaja", "jajaja", "hahaha", "mdr", "xd")
    " jaja jajaja jajajaja jeje jejeje haha hahaha hahahaha hehe hihi lol lmao rofl mdr ptdr xd xdd"
)


# Parts of a dotted or underscored word that make it a domain, a file, a mailbox or a test account, not a user name
HANDLE_NOT_PARTS = word_set(
    "com org net de fr es nl be eu io co uk ch at it pt info biz app dev local intern internal example txt pdf "
    "doc docx xls xlsx csv json xml html png jpg zip admin team support info billing finance sales office "
    "noreply no-reply help service contact hr it ops all mail mails email web www mobile"
)
# Nouns that head a note's line before the name of its writer ("Commentaire Dieumerci (contrôle) :", "Kommentar
# Sabine:", "Rückfrage Jonas"): never part of the name
LABEL_NOUNS = word_set(
    "commentaire commentaires kommentar kommentare comentario comentarios opmerking opmerkingen remarque "
    "remarques bemerkung bemerkungen observación observacion observaciones notiz rückfrage rueckfrage "
    "nachfrage anmerkung nota notas"
    # the labels of an identity, tax or bank number and of a phone ("ihre Steuer-ID bestätigt", "Konto DE61 ...",
    # "Cel. 55 4187 2290")
    " steuer-id steuerid steuernummer konto kontonummer girokonto iban bic cel celular handy mobil"
    # an action item's and a note's heading ("→ ToDo FK: Schreiben an Gegenseite", "Handynr. s. Papierakte", "NOTE")
    " todo to-do handynr note log"
)


_COLLEAGUE = word_set(
    "colleague colleagues kollege kollegen kollegin collègue collegue colega compañero compañera companero "
    "companera collega"
    # family members in HR notes and field reports ("his daughter Sefa", "seine Frau Ilse")
    " daughter son wife husband brother sister mother father partner tochter sohn ehefrau ehemann bruder "
    "schwester mutter vater fille fils épouse epouse mari frère frere sœur soeur mère mere père pere hija "
    "hijo esposa esposo hermano hermana madre padre dochter zoon vrouw man broer zus moeder vader"
)


_CLEFT = word_set("c'est c’est it's it’s")


_PATRONYMIC = word_set("ap ab ferch bin binti binte bte bint ibn")


_GREETINGS = word_set(
    "hi hello dear hey morning afternoon evening thanks hallo liebe lieber moin servus bonjour salut hola "
    "estimado estimada estimados hoi beste dag goedemorgen"
)


_CLITICS = word_set("lo la le los las les se me te nos")


_ES_PREPOSITIONS = word_set(
    "de del a al en con por para sin sobre entre desde hasta hacia según segun y o que"
)


_ASKING = word_set(
    "ping pinged pinging ask asked asking tell told telling remind reminded reminding nudge nudged dm message "
    "messaged cc"
)


_ASK_NEXT = word_set("re about if whether to for when and now too again")


_LET = word_set("let keep laat lass lasst")


_KNOW = word_set("know posted updated informed weten wissen")


_THANKS_TO = word_set("thanks thank kudos shoutout shout-out props cheers dank danke merci gracias")


# Words in -t after a first word that are not a finite verb ("Rose met ...", "Mark nicht").
_NOT_VERBS_T = word_set(
    "met mit dat wat het dit niet nicht tot nicht jetzt sonst selbst erst fast meist bist gut nett oft seit "
    "vast echt net best laatst liefst eigentlich gerade kurz bereits"
)


# What follows a subject in French or Spanish: an auxiliary, a frequent verb, "aussi"/"también".
_ROMANCE_SUBJECT_NEXT = word_set(
    "aussi a est sera était va fait peut doit prend reprend remplace vient confirme passe "
    "también tambien ha está esta va puede tiene revisa confirma dice dijo lleva viene será sera"
)


# Polite pronouns written with a capital ("bei Ihnen", "Ihr Team", "Usted").
_FORMAL_PRONOUNS = word_set("ihnen ihr ihre ihrem ihren ihrer ihres sie euch usted ustedes vous u uw")


_NEGATION = word_set("no ne n' n’")


_SELF = word_set("me i myself mich ich moi mí mi yo mij ik")


_PRONOUNS = word_set(
    "you me him her us ich du mich dich mir dir moi toi lui yo tú tu mí mi ik jij mij jou hem haar"
)


_TRAVEL_TO = word_set("to from in into nach naar a vers hacia")


# Words that open a subordinate clause, after which a lower-case name starts the clause ("of daan al
# terug is", "ob timo das macht", "si clémence a envoyé", "i think sunita has it").
_SUBORDINATORS = word_set(
    "if whether that ob dass wenn weil si que quand cuando porque of dat als omdat think guess reckon believe"
)


# What an HR note or a status line says of a person right after the name ("owusu on leave", "June is out
# until the 14th", "bongani ooo", "Kalani ab 14.4. weg"); one or two words, after an optional "is".
_ABSENT = frozenset(
    tuple(p.split("+"))
    for p in [
        "on+leave",
        "wfh",
        "out",
        "ooo",
        "off",
        "sick",
        "away",
        "absent",
        "krank",
        "abwesend",
        "weg",
        "im+urlaub",
        "en+congé",
        "en+conge",
        "absente",
        "malade",
        "de+vacaciones",
        "de+baja",
        "ausente",
        "enfermo",
        "enferma",
        "met+verlof",
        "ziek",
        "afwezig",
        "op+vakantie",
        "on+site",
        "onsite",
        "on-site",
        "wfh",
        "on+holiday",
        "on+vacation",
        "pto",
        "en+télétravail",
        "en+teletravail",
        "im+homeoffice",
        "op+kantoor",
    ]
)


_IS = word_set("is ist est está esta is 's are sind sont son zijn están estan")


# Prepositions ending a clause with a lower-case name ("news de clémence ?", "gehoord van bram?").
_OF_FROM = word_set("of from von vom van de del")


_TO = word_set("to")


_TEAM_WORDS = word_set("team office center centre portal suite")


# Verbs whose particle "in" brings a person in ("loop in Hyejin", "cc'd in Anouk", "fill in Marta").
_IN_VERBS = word_set(
    "loop looped looping fill filled filling bring brought bringing cc cc'd copy copied copying keep kept "
    "rope roped roping pull pulled pulling let include included call called dial dialled dialed sign signed "
    "check checked log logged bellen"
)


# Family names of Chinese, Korean and Vietnamese tradition that are monosyllabic: before or after a given name
# of one or two romanised syllables they make a full name ("Wang Lei", "Park Minseo", "Jun Park"). Words of
# our languages among them ("he", "do", "so", "le") are left out, and so are "long" and "song".
EAST_ASIAN_SURNAMES = word_set(
    "li lee wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie "
    "tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren "
    "shen yao fu zhong jin cui tan lim ng wong chan ong teo goh koh tay chua yeo lau kwok leung cheung "
    "kim park choi jung kang cho yoon jang shin seo kwon hwang ahn hong ryu nguyen tran pham hoang vu vo "
    "dang bui ngo duong ly phan trinh"
)

# Object and stressed pronouns that are also first names in some lists ("liegt bei mir", "con ella").
_OBJECT_PRONOUNS = word_set(
    "mir dir ihm uns euch mich dich sich moi toi lui eux nous mí ti él ella ellos ellas nosotros mij jou hem "
    "haar ons hun hen him her us them"
)
# The addressee's pronoun of a question ("can you", "kannst du", "peux-tu", "puedes", "wil jij").
_YOU = word_set("you u jij je jou du ihr tu vous usted ustedes vosotros tú")
# "to X for review", "an X zur Freigabe", "à X pour validation", "a X para su firma", "naar X ter controle".
_FOR_TASK = word_set("for zur zum für fur pour para voor ter")
_TASKS = word_set(
    "review reviews approval sign-off signoff signature signing sign countersignature feedback input comment "
    "comments check checking proofreading freigabe prüfung pruefung unterschrift durchsicht abnahme kontrolle "
    "validation relecture signature approbation avis vérification verification revisión revision firma "
    "aprobación aprobacion visto controle goedkeuring ondertekening akkoord beoordeling"
)
# The sender of a message: "Reminder from Sunny:", "Nachricht von Heath", "message de Luz", "bericht van Storm".
_FROM_CUES = word_set("from von de van del")
_MESSAGE_NOUNS = word_set(
    "reminder message note update email e-mail mail memo reply response answer feedback request ping text "
    "call voicemail nachricht erinnerung mail antwort rückmeldung rueckmeldung anfrage notiz anruf message "
    "rappel courriel réponse reponse demande relance mensaje recordatorio correo respuesta solicitud nota "
    "llamada bericht herinnering berichtje antwoord verzoek notitie"
    # objections and complaints come from persons too ("Einspruch von Wendel,", "bezwaar van Kees.")
    " einspruch widerspruch beschwerde objection complaint bezwaar klacht reclamación reclamacion reclamo "
    "queja réclamation reclamation contestation plainte"
    # and questions ("Vraag van Özkan:", "question from Rahim", "Frage von Ilić")
    " vraag question frage pregunta"
)
# Lower-case chat names that are words: "thx hope!", "vraag het aan noor", "kan joost het overnemen".
_THANKS = word_set("thanks thank thx thnx ty cheers merci danke dank bedankt gracias")
_ASKED_TO = word_set("to aan à a")
_ASK_VERBS = word_set(
    "ask asking vraag vragen vraagt demande demander demandes dis dile pregunta pregúntale preguntale "
    "frag fragen sag stuur stuurt envoie manda mándale mandale geef gib donne"
)
_CLAUSE_NEXT = word_set("if whether of ob si or oder ou o")
_OBJECT_NEXT = word_set("het das it the de die le la el lo dat dit this that ook auch also")
# "thanks to X for", "gracias a X y a Y", "merci à X pour", "dank aan X voor", "danke an X für".
_THANKED_TO = word_set("to a à aan an")
_THANKED_NEXT = word_set("for and y et en und por pour voor für fur")
_FROM_THE = frozenset({("aus", "der"), ("aus", "dem"), ("van", "de"), ("van", "het")})

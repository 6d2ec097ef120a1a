"""Words that open or describe a byline: "By Name", "Von Name", "Name, Staff Writer"."""

# Words that open a byline, followed by the author's name.
BY_WORDS = (
    "by|from|words by|written by|story by|reporting by|von|text von|par|por|di|de|door|av|af|przez|"
    "autor|autora|author|authors|auteur|autore|reporter|redazione|"
    "oleh|penulis|wartawan|laporan wartawan|kontributor|editor|penyunting|yazar|yazan|muhabir|ulat ni|isinulat ni|"
    "door onze redacteur|door onze correspondent|van onze correspondent|"
    "ein kommentar von|eine analyse von|ein gastbeitrag von|eine kolumne von|ein essay von|eine reportage von|"
    "автор|корреспондент|記者|记者|文|撰文|作者|编辑|編輯|"
    # Azerbaijani, Uzbek, Kazakh, Latvian, Lithuanian, Slovenian, Albanian, Basque, Icelandic, Somali, Mongolian,
    # Armenian ("Հեղինակ՝ Անի Հակոբյան")
    "müəllif|muallif|авторы|autors|autorius|autorė|avtor|avtorica|egilea|höfundur|qoraa|сурвалжлагч|հեղինակ"
)
# Ordinary nouns ("report", "news", "text") that open a byline only with a colon after them ("Laporan: Name"):
# without it they begin headlines ("Laporan Keuangan Bank Indonesia", "Haber Global Türkiye").
BY_LABELS = (
    "laporan|haber|text|tekst|текст|reportage|reportaje|reportagem|"
    "teksti|szöveg|κείμενο|ρεπορτάζ|besedilo|reportáž|reportaj|ulat|"  # "Teksti: Liisa Mäkinen", "Ρεπορτάζ: ..."
    "nga"  # Albanian "Nga: Arta Hoxha" (by; also "from", and Vietnamese "Russia")
)

# Role words that make a short line an author box or a byline ("AP Auto Writer", "Opinion Columnist").
ROLE_WORDS = (
    "writer|staff writer|reporter|correspondent|columnist|editor|contributor|contributing|journalist|"
    "senior|chief|political|business|technology|tech|science|health|sports|opinion|staff|desk|"
    "bureau|producer|analyst|critic|intern|freelance|"
    "redakteur|redakteurin|korrespondent|korrespondentin|autorin|journaliste|rédacteur|rédactrice|"
    "periodista|redactor|redactora|corresponsal|jornalista|repórter|giornalista|inviato|inviata|"
    "корреспондент|обозреватель|журналист|редактор|기자|특파원|論説委員|編集委員|記者|特派员|特派員|"
    "wartawan|muhabir|muhabiri|yazar|dziennikarz|dziennikarka|reporterka|toimittaja|"
    "redacción|redação|redazione|redaktion|rédaction|redactie|redakcja|redaksi|редакция|newsroom|staff reports|"
    "haber merkezi|редакція|redakce|redakcia|redacția|toimitus|szerkesztőség|redaksjonen|redaktionen|ทีมข่าว|"
    "กองบรรณาธิการ|"
    # the desks and staff reporters of the added languages' sites ("নিজস্ব প্রতিবেদক", "اسپورٹس ڈیسک", "நமது
    # நிருபர்", "Na Mwandishi Wetu", "Redacció")
    "redacció|redakcija|редакција|редакцията|phóng viên|nhóm phóng viên|संवाददाता|ब्यूरो|डेस्क|रिपोर्टर|"
    "প্রতিবেদক|সংবাদদাতা|ডেস্ক|ڈیسک|نامہ نگار|نمائندہ|رپورٹر|நிருபர்|செய்தியாளர்|mwandishi wetu|"
    "dopisnik|dopisnica|новинар|дописник|кореспондент|кореспондентка|kirjeenvaihtaja|tudósító|ανταποκριτής|"
    "συντάκτης|כתב|כתבת|"
    # "लोकसत्ता प्रतिनिधी", "ఈనాడు ప్రతినిధి", "സ്വന്തം ലേഖകൻ", "ਬਿਊਰੋ ਰਿਪੋਰਟ", "ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ", "Сурвалжлагч"
    "प्रतिनिधी|ప్రతినిధి|ప్రతినిధులు|ലേഖകൻ|ਬਿਊਰੋ|ਰਿਪੋਰਟ|ਪੱਤਰਕਾਰ|ਪ੍ਰਤੀਨਿਧ|ಪ್ರತಿನಿಧಿ|ವಾರ್ತೆ|વરિષ્ઠ પત્રકાર|"
    "પ્રતિનિધિ|വാർത്താ ഏജൻസി|ലേഖിക|сурвалжлагч|аймгийн сурвалжлагч"
)
# Words that open a byline in the scripts without capitals, where no capital tells a name: "מאת דני ברק",
# "लेखक: राहुल शर्मा", "ዘጋቢ፡ ዮሐንስ ተስፋዬ". Only "מאת" (by) goes without a colon; the others are nouns ("writer",
# "report") that open prose too.
CASELESS_BY_WORDS = "מאת"
CASELESS_BY_LABELS = (
    "מאת|כתב|כתבה|מאת הכתב|लेखक|लेखिका|द्वारा|रिपोर्ट|লেখক|প্রতিবেদন|تحریر|رپورٹ|نویسنده|எழுதியவர்|"
    "கட்டுரையாளர்|ዘጋቢ|ደራሲ|"
    # Punjabi, Gujarati, Telugu, Kannada, Malayalam, Pashto, Georgian
    "ਰਿਪੋਰਟ|ਲੇਖਕ|અહેવાલ|લેખક|రచయిత|రిపోర్ట్|ಲೇಖಕರು|ಲೇಖಕ|ವರದಿ|റിപ്പോർട്ട്|ലേഖകൻ|ലേഖിക|لیکوال|ავტორი"
)

# Role words that only qualify a role ("Senior Writer", "Opinion Columnist"): in a sentence they qualify anything
# ("a political compromise", "a staff sergeant", "the chief executive"), so an author's bio needs a role noun.
ROLE_MODIFIERS = frozenset(
    "senior chief political business technology tech science health sports opinion staff desk bureau contributing "
    "freelance".split()
)

# Outlets' short names that may follow an author's name as their employer ("Jane Doe, CNN"), besides the news
# agencies (credits.AGENCIES); not any capitals, which may be a role ("Jane Smith, CEO", "John Roe, MP").
OUTLET_ACRONYMS = (
    "CNN|BBC|NPR|ABC|CBS|NBC|PBS|CNBC|MSNBC|ITV|CBC|SBS|RTE|RTÉ|ARD|ZDF|ORF|SRF|RTL|RAI|RTVE|TVE|RTP|NOS|YLE|SVT|NRK|"
    "TF1|RFI|DW|NHK|KBS|MBC|YTN|CCTV|CGTN|NDTV|WSJ|FT|NYT|RT|BFMTV|TVN|TVP|HRT|RTS|RTV|ERR|LRT|LSM|RÚV|RUV"
)

# A story written from news agencies' reports, credited so under the headline: "Le Monde avec AFP", "Staff and
# agencies", "From staff and wire reports", "Redacción con agencias". The words joining the outlet to them ...
WIRE_JOINERS = "with|and|avec|et|con|y|com|e|mit|und|met|en|z|i|и|с"
# ... the lowercase words that may come before them ...
WIRE_LEAD_WORDS = "staff|from|the|our|de|la|le|el|da|do|di"
# ... the words for the outlet's own staff, one of which a lead of one word must be ("Redacción con agencias", not
# "Police and agencies", "Gobierno y agencias": a subheading) unless it is an acronym ("RFI avec AFP") ...
WIRE_STAFF_WORDS = frozenset(
    "staff redacción redação redaçao rédaction redazione redaktion redactie redakcja redakce redakcia redacția "
    "redaksjonen redaktionen toimitus szerkesztőség редакция редакція newsroom".split()
)
# ... and the words for the agencies, besides their names (credits.AGENCIES).
WIRE_SOURCES = (
    "agencies|news agencies|wire reports|wire services|agences|agencias|agências|agenzie|agenturen|agentschappen|"
    "agencjami|agencji|агентствами|агентств|material von dpa|información de efe|informações de agências"
)

# The word "agency" before an agency's name: "Agencia EFE", "Agenzia ANSA", "Agence France-Presse".
AGENCY_WORDS = "agencia|agência|agenzia|agence|agentur|nachrichtenagentur|agencja|agentschap|агентство|агенція|ajansı"

# Words joining two authors' names.
NAME_JOINERS = r"and|&|und|et|y|e|en|og|och|i|и|ve|dan|與|与|和|・"

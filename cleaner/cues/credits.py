"""Words and names that mark photo captions and credits."""

# Chinese and Japanese labels of a file, illustrative or supplied photo, which may close a caption in brackets
# ("（资料图）", "（提供写真）").
CJK_FILE_PHOTO_LABELS = [
    "资料图", "资料图片", "资料照片", "資料圖", "資料圖片", "資料照", "資料照片", "示意图", "示意圖", "资料画面",
    "資料写真", "資料画像", "イメージ写真", "写真はイメージ", "画像はイメージ", "提供写真", "提供画像", "提供照片",
]

# Labels of a file or illustrative photo: a credit's cue word ("Archivbild: dpa") or a caption label alone.
FILE_PHOTO_LABELS = [
    "photo d'archives", "photo d'illustration", "archivbild", "archivfoto", "symbolbild", "symbolfoto",
    "foto de archivo", "imagen de archivo", "foto de arquivo", "foto d'archivio", "foto di archivio", "자료사진",
    "архивное фото", "фото из архива", *CJK_FILE_PHOTO_LABELS,
]

# Words that introduce a credit: "Photo: Name", "Foto: dpa", "Credit... Name", "圖：".
CREDIT_WORDS = (
    "photo photos photograph photographs photography picture pictures image images pic pics credit credits "
    "illustration graphic video source "
    "foto fotos fotografie fotografia fotografía bild bilder quelle bildquelle titelbild "
    "crédit crédits crédito créditos credito illustratie afbeelding imagem immagine imagen "
    "ilustración ilustração illustrazione ilustrasi "
    "fotoğraf görsel zdjęcie zdjęcia fot kuva kuvat bilde billede beeld "
    "фото фотография источник снимок иллюстрация "
    "φωτογραφία φωτογραφίες φωτ fotó fotók kép عکس تصویر צילום फोटो फ़ोटो तस्वीर ছবি படம் picha larawan gambar "
    "فوٹو ফটো ፎቶ ảnh ภาพ ภาพประกอบ ภาพจาก ที่มาภาพ صورة الصورة تصوير مصدر الصورة चित्र ఫోటో ಫೋಟೋ ಚಿತ್ರ ഫോട്ടോ snímek снимка "
    "사진 사진제공 图 圖 照片 图片 圖片 摄影 攝影 图源 圖源 来源 來源 图片来源 圖片來源 写真 撮影 画像 提供 写真提供 "
    # Marathi, Nepali, Punjabi, Gujarati, Telugu, Malayalam, Sinhala, Georgian, Armenian, Lithuanian, Icelandic,
    # Basque, Galician, Hausa, Somali, Pashto, Kurdish, Mongolian
    "छायाचित्र छायाचित्रः तस्बिर तस्विर ਤਸਵੀਰ ਫੋਟੋ ਫ਼ੋਟੋ તસવીર ફોટો ఫొటో చిత్రం ചിത്രം ඡායාරූපය ფოტო "
    "լուսանկարը լուսանկարը՝ լուսանկար nuotr nuotrauka mynd myndir argazkia imaxe hoto sawir انځور wêne зураг"
).split() + FILE_PHOTO_LABELS + ["photo credit", "image credit", "image source", "image d'illustration", "사진 제공"]

# Picture words that a photographer's name may follow with no colon ("Beeld Jan de Vries", "Foto Jan de Vries").
SPACED_CREDIT_WORDS = ["beeld", "foto", "fotografie", "nuotr."]  # Lithuanian "Nuotr. Roko Lukoševičiaus"

# Lines (short, on their own) that are caption controls or caption labels on many sites.
CAPTION_LABELS = "|".join([
    "caption|image caption|media caption|photo caption|hide caption|toggle caption|show caption|close|"
    "enlarge|expand|enlarge this image|image|photo|gallery|view gallery|play video|watch video|"
    "file photo|archive photo|資料写真|资料图片|写真・図版|"
    "bildunterschrift|legende|légende|legenda|leyenda|didascalia|подпись|사진 설명|图片说明|圖片說明",
    *FILE_PHOTO_LABELS,
])

# Photo and news agencies whose names stand alone as credits.
AGENCIES = (
    "AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|EFE|dpa|DPA|ANSA|Xinhua|Kyodo|Bloomberg|"
    "Shutterstock|iStock|iStockphoto|Alamy|PA|PA Images|PA Wire|Press Association|AAP|CNA|Yonhap|"
    "TASS|ТАСС|РИА Новости|Sputnik|Imago|imago images|picture alliance|picture-alliance|Keystone|"
    "Ansa|Afp|Efe|Anadolu|Zuma|ZUMA Press|Rex|Rex Features|Wikimedia Commons|Unsplash|Pexels|NurPhoto|SIPA|Sipa|"
    "Bloomberg via Getty Images|Associated Press|Agence France-Presse|Europa Press|Agência Brasil|"
    "LUSA|Lusa|ANP|Belga|APA|Ritzau|NTB|TT|Kyodo News|Jiji|Jiji Press|Yomiuri|Asahi|CNS|中新社|新华社|"
    "中央社|聯合報|연합뉴스|뉴시스|時事通信|共同通信|"
    "AA|Anadolu Ajansı|ANTARA|Antara|PAP|ČTK|CTK|Lehtikuva|Scanpix|Ritzau Scanpix|TT Nyhetsbyrån|STT|MTI|HINA|"
    "Tanjug|BTA|AGERPRES|ANA-MPA|Keystone-SDA|ATS|SDA|Interfax|Интерфакс|УНИАН|Укрінформ|RIA Novosti|PTI|IANS|ANI|"
    "TASR|SITA|TTXVN|VNA|Mediafax|MEDIAFAX|ΑΠΕ-ΜΠΕ|ΑΠΕ|УНІАН|IRNA|PNA|FoNet|Fena|"
    "ELTA|BNS|LETA|STA|MIA|МИА|Armenpress|ARMENPRESS|Արմենպրես|ԱՐՄԵՆՊՐԵՍ|Photolure|Ֆոտոլուր|Kazinform|ҚазАқпарат|"
    "AZERTAC|Azertac|UzA|Montsame|МОНЦАМЭ|BoBo|Interpressnews|ინტერპრესნიუსი|Sakinform|საქინფორმი|"
    "বাসস|বিএসএস|ইউএনবি|BSS|UNB|রাসস|"  # Bangladesh's and Nepal's agencies ("বাসস/এমএ": the desk's initials after)
    "Bernama|BERNAMA|Notimex|Télam|Prensa Latina|Agencia Brasil|Folhapress|Estadão Conteúdo|Xinhua News Agency|"
    "VCG|视觉中国|視覺中國|新華社|中新网|ロイター|アフロ|共同|時事|AP通信|뉴스1|게티이미지|게티이미지뱅크|게티이미지코리아|"
    "رويترز|فرانس برس|أ ف ب|أ.ف.ب|الأناضول|د ب أ|أسوشيتد برس|شينخوا|سبوتنيك|"
    "MAXPPP|Hans Lucas|ABACA|Abacapress|PhotoPQR|Leemage|LaPresse|Cuartoscuro|Agência O Globo|Agência Estado"
)

# Credit words that are not a picture's: a lowercase source after them is prose ("one source: social media").
UNPICTURED_CREDIT_WORDS = frozenset(
    "credit credits crédit crédits crédito créditos credito video source quelle источник 来源 來源 提供".split()
)

# Lowercase words that may name where a credited picture came from, after a picture word ("Фото: пресс-служба
# правительства", "Foto: privat").
CREDIT_SOURCES = (
    "handout|archive|archiv|archivo|arquivo|archivio|archief|arkiv|архив|архива|личный|личного|пресс|служба|службы|"
    "прес|служби|reprodução|divulgação|reproducción|redes|sociales|sociais|social|media|соцсети|соцсетях|"
    "privat|private|privé|zvg|supplied|file|courtesy|cortesía|cortesia|family|familia|família|famiglia|familie|"
    "archives|archiwum|arşiv|eigen|dok|pribadi|istimewa|открытых|открытые|источников|источники|семьи|семейный|"
    # the administration, press office or archive a picture came from, in lowercase ("Фото: пресслужба ОВА",
    # "Снимка: личен архив"; not "рада", council, which is also "glad")
    "адміністрація|адміністрації|пресслужба|пресслужби|архів|архіву|"
    "соцмережі|соцмережах|відкритих|джерел|городская|администрация|администрации|пресс-служба|"
    "личен|пресцентър|личне|lični|arhiva|privatni|arhiv|"
    "міська|міської|обласна|обласної|районна|районної|"  # "Фото: Львівська міська рада" (municipal, regional)
    "ашық|дереккөздерден|архивтен|arkivi|artxiboa|skjáskot"
)

# Words joining a credit word to the name: "Photo by", "Image copyright", "Foto von".
CREDIT_JOINERS = (
    "by|via|copyright|courtesy of|courtesy|credit|source|von|de|di|par|por|door|от|av|oleh|"
    "mula sa|kutoka|kwa hisani ya"  # "Larawan mula sa FIBA", "Picha kwa hisani ya Ikulu"
)

# Words that open a caption line: "Above: ...", "Pictured: ...".
CAPTION_OPENERS = (
    "above|below|top|bottom|left|right|pictured|in the photo|file photo|file|"
    "oben|unten|links|rechts|ci-dessus|en haut|arriba|acima|in alto|sopra|на фото|слева|справа|"
    "上图|上圖|下图|下圖|写真は|사진은"
)

# Labels that open a caption's text on the same line: "Image caption The minister arrives ...".
CAPTION_PREFIXES = (
    "image caption|media caption|photo caption|caption|bildunterschrift|légende|legenda|leyenda|pie de foto|"
    "didascalia|подпись к фото|图片说明|圖片說明|사진 설명"
)

# Labels that open a picture's caption: "Image: The minister arrives ...", "Video: In this talk ...".
PICTURE_LABELS = "image|picture|photo|video|foto|bild|imagen|imagem|immagine|фото|видео"
# Labels that open an embedded video's title between paragraphs: "Watch: Huge waves crash over the sea wall",
# "Видео: как выглядит новая станция", "ASSISTA: ...".
VIDEO_LABELS = (
    "watch|video|vídeo|vidéo|видео|відео|wideo|assista|veja o vídeo|regardez|regarder|mira|ver vídeo|guarda|"
    "kijk|bekijk|izle|seyret|视频|視頻|動画|영상"
)

# Notes ending a caption that say where the picture came from: "Jane Roe Submitted photo".
PHOTO_NOTES = "submitted photo|contributed photo|courtesy photo|staff photo|file photo|special photo|handout photo"

# "1 of 4 The minister arrives ...": a photo gallery's caption, in several languages.
GALLERY_COUNTERS = "of|von|de|di|sur|из"

# A caption pointing at its picture: "In this Dec. 12, 2006, file photo, ...", "This satellite image from NASA shows
# ...", "En esta imagen, ...". In English a few words (a date, "satellite") may stand between the demonstrative and the
# picture's noun, and a comma or a word saying where it came from or what it shows follows; the other languages' forms
# name the picture right after the demonstrative.
POINTER_DEMONSTRATIVES = "this|these|in this|in these"
POINTER_PICTURE_NOUNS = (
    "photo|photos|photograph|photographs|image|images|picture|pictures|illustration|illustrations|rendering|renderings|"
    "micrograph|micrographs"
)
# What the picture does when its noun has an "of" phrase first: "This illustration of SpaceX's lander shows ...".
POINTER_SHOWS = "shows|show|showing|depicts|depict|depicting"
# A picture that is not a photograph, named first: "An artist's concept of the lander.", "A stock image of a woman
# ...", "Vue d'artiste du module".
PICTURE_KINDS = (
    "(an |the |this )?artist['’]s (concept|impression|rendering|illustration|depiction)|(a |this )?stock (image|photo)|"
    "vue d['’]artiste|impression d['’]artiste|(eine )?künstlerische darstellung|(una )?(recreación|representación) "
    "artística|(uma )?(concepção|representação) artística|(una )?rappresentazione artistica|рисунок художника"
)
POINTER_VERBS = "from|provided|released|taken|made available|obtained|shows|show|showing|posted|shared|distributed|supplied"
PICTURE_POINTERS = (
    "(en esta|en estas) (foto|fotos|fotografía|imagen|imágenes)|(en este|en estos) (video|vídeo)|"
    "(sur cette|sur ces) (photo|photos|image|images)|(auf diesem|auf dem) (bild|foto)|"
    "(in questa|in queste) (foto|immagine|immagini)|(nesta|nestas) (foto|fotos|imagem|imagens)|"
    "на (этом|этих) (фото|снимке|снимках|фотографии)"
)

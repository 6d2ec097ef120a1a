"""Words and names that mark photo captions and credits."""

# Words that introduce a credit: "Photo: Name", "Foto: dpa", "Credit... Name", "圖：".
CREDIT_WORDS = (
    "photo photos photograph photographs photography picture pictures image images pic pics credit credits "
    "illustration graphic video source photo credit image credit image source "
    "foto fotos fotografie fotografia fotografía bild bilder quelle bildquelle "
    "crédit crédits crédito créditos credito illustratie afbeelding imagem immagine imagen "
    "фото фотография источник снимок "
    "사진 图 圖 照片 图片 圖片 摄影 攝影 图源 圖源 来源 來源 写真 撮影 画像 提供"
).split()

# Lines (short, on their own) that are caption controls or caption labels on many sites.
CAPTION_LABELS = (
    "caption|image caption|media caption|photo caption|hide caption|toggle caption|show caption|close|"
    "enlarge|expand|enlarge this image|image|photo|gallery|view gallery|play video|watch video|"
    "bildunterschrift|legende|légende|legenda|leyenda|didascalia|подпись|사진 설명|图片说明|圖片說明"
)

# Photo and news agencies whose names stand alone as credits.
AGENCIES = (
    "AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|EFE|dpa|DPA|ANSA|Xinhua|Kyodo|Bloomberg|"
    "Shutterstock|iStock|iStockphoto|Alamy|PA|PA Images|PA Wire|Press Association|AAP|CNA|Yonhap|"
    "TASS|ТАСС|РИА Новости|Sputnik|Imago|imago images|picture alliance|picture-alliance|Keystone|"
    "Anadolu|Zuma|ZUMA Press|Rex|Rex Features|Wikimedia Commons|Unsplash|Pexels|NurPhoto|SIPA|Sipa|"
    "Bloomberg via Getty Images|Associated Press|Agence France-Presse|Europa Press|Agência Brasil|"
    "LUSA|Lusa|ANP|Belga|APA|Ritzau|NTB|TT|Kyodo News|Jiji|Jiji Press|Yomiuri|Asahi|CNS|中新社|新华社|"
    "中央社|聯合報|연합뉴스|뉴시스|時事通信|共同通信"
)

# Words joining a credit word to the name: "Photo by", "Image copyright", "Foto von".
CREDIT_JOINERS = "by|via|copyright|courtesy of|courtesy|credit|source|von|de|di|par|por|door|от"

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

# Notes ending a caption that say where the picture came from: "Jane Roe Submitted photo".
PHOTO_NOTES = "submitted photo|contributed photo|courtesy photo|staff photo|file photo|special photo|handout photo"

# "1 of 4 The minister arrives ...": a photo gallery's caption, in several languages.
GALLERY_COUNTERS = "of|von|de|di|sur|из"

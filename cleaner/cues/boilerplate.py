"""Site furniture: (kind, most words a matching block may have, pattern) triples.

A pattern is a case-insensitive regular expression searched in a block; the word limit
keeps a cue inside a real paragraph ("...subscribe to the theory that...") from
removing it. ``^`` and ``$`` anchor a pattern to the whole block.
"""

from . import LOWERCASE

# "Read more", "Lesen Sie auch": a pointer to another story, alone or before its headline ("Read more: ...").
READ_ALSO = (
    r"read more|read also|also read|see also|lesen sie auch|weiterlesen|lire aussi|à lire aussi|voir aussi|"
    r"leia (também|mais)|veja também|lea también|lee también|leggi anche|читайте также|смотрите также|baca juga|lees ook|"
    r"czytaj (też|także|również)|zobacz (też|także)|čtěte (také|též)|přečtěte si (také|též)|läs (också|även)|læs også|"
    r"les også|lue myös|läs mer|les mer|læs mere|lue lisää|lees meer|se også|se även|katso myös|viz (také|též)|"
    r"pročitajte (i|još|također)|прочитајте (и|још)|прочетете (още|също)|lihat juga|tonton juga|guarda anche|"
    r"ayrıca (bakınız|okuyun)|bunu da okuyun|"
    r"citește și|citiți și|olvas(sa|d) el ezt is|διαβάστε (επίσης|ακόμη|ακόμα)|δείτε (επίσης|ακόμη|ακόμα)|прочитајте још|"
    r"اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|קראו עוד|קראו גם|यह भी पढ़ें|ये भी पढ़ें|xem thêm|đọc thêm|อ่านเพิ่มเติม|читайте також|"
    r"prečítajte si (aj|tiež)|čítajte (aj|tiež)|llegeix (també|més)|llegiu també|soma pia|soma zaidi|basahin( din| rin)?|"
    r"بیشتر بخوانید|بخوانید|مزید پڑھیں|یہ بھی پڑھیں|আরও পড়ুন|আরো পড়ুন|இதையும் படிங்க|இதையும் படிக்க|மேலும் படிக்க|"
    r"ተጨማሪ ያንብቡ|ተጨማሪ ለማንበብ|"
    # Marathi, Nepali, Punjabi, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Khmer, Georgian, Armenian,
    # Azerbaijani, Kazakh, Uzbek, Lithuanian, Latvian, Estonian, Slovenian, Albanian, Icelandic, Basque, Galician,
    # Hausa, Somali, Pashto, Kurdish, Mongolian
    r"हेही वाचा|हे पण वाचा|हे देखील वाचा|यो पनि पढ्नुहोस्|यो पनि पढ्नुस्|ਇਹ ਵੀ ਪੜ੍ਹੋ|આ પણ વાંચો|ఇదీ చదవండి|"
    r"ఇది కూడా చదవండి|ఇవి కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ಇದನ್ನು ಓದಿ|ഇതും വായിക്കുക|കൂടുതൽ വായിക്കുക|මේවාත් කියවන්න|"
    r"මෙයත් කියවන්න|អានបន្ថែម|ასევე წაიკითხეთ|აგრეთვე წაიკითხეთ|կարդացեք նաև|կարդացեք նաեւ|həmçinin oxuyun|"
    r"həmçinin oxu|сондай-ақ оқыңыз|shuningdek,? o[‘'ʻ’`]?qing|taip pat skaitykite|lasiet arī|lasi arī|loe ka|"
    r"preberite še|preberite tudi|lexo edhe|lexo gjithashtu|lestu einnig|lestu líka|irakurri ere|le tamén|"
    r"karanta kuma|sidoo kale akhri|دا هم ولولئ|دا هم ولوله|her wiha bixwîne|мөн уншаарай|мөн уншина уу"
)

# The end of a cue word: \b, or after a word's last vowel sign or diacritic (Devanagari "पढ़ें", Arabic "أيضاً",
# Burmese "သတင်းများ"), which \w leaves out, where \b would look for a word character to follow.
WORD_END = (r"(?:\b|(?<=[\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u102b-\u103e"
            r"\u17b6-\u17d3])(?!\w))")

# The heading of the comment section, alone on its line: what follows it is readers' comments.
COMMENTS_HEADING = (
    r"^\W*(\d+\s+)?((top|best|highest)[ -]rated|most (liked|popular|recent)|newest|latest|all|reader'?s?'?|"
    r"users?'?|visitors?'?|your)?\s*"
    r"(comments?|kommentare|leserkommentare|commentaires|comentarios|comentários|commenti|комментарии|评论|評論|"
    r"コメント|댓글|komentar|komentarze|komentáře|kommentarer|kommentit|yorumlar|comentarii|hozzászólások|σχόλια|"
    r"تعليقات|التعليقات|תגובות|टिप्पणियां|bình luận|ความคิดเห็น|коментарі|komentáre|diskusia|diskuse|kommentaarit|"
    r"comentaris|komen|maoni|mga komento|نظرات|دیدگاه‌ها|تبصرے|মন্তব্য|கருத்துகள்|коментари|komentari|коментарии|"
    r"kommentit|σχόλια αναγνωστών)\s*[:：]?\s*(\(\d+\)|\d+)?\W*$|"
    # "Reacties" alone may head the reactions to the news inside the article: with its count it heads comments
    r"^\W*(\d+\s+reacties|reacties\s*\(\d+\))\W*$|"
    # the added languages' ("კომენტარები (6)", "Komentarai"), and with their count only the words that are also a
    # reaction or opinions ("प्रतिक्रिया (५)", "അഭിപ്രായങ്ങൾ (8)", "Пікірлер (3)", "Kommentaar (7)")
    r"^\W*(ਟਿੱਪਣੀਆਂ|టిప్పణులు|వ్యాఖ్యలు|કોમેન્ટ્સ|ಪ್ರತಿಕ್ರಿಯೆಗಳು|კომენტარები|մեկնաբանություններ|şərhlər|izohlar|"
    r"komentarai|komentāri|kommentaarid|komentarji|komente|athugasemdir|iruzkinak|сэтгэгдэл)\s*[:：]?\s*(\(\d+\)|\d+)?\W*$|"
    r"^\W*(प्रतिक्रिया|प्रतिक्रियाहरू|അഭിപ്രായങ്ങൾ|пікірлер|kommentaar|faallooyin|تبصرې)\s*[:：]?\s*(\(\d+\)|\d+)\W*$|"
    # ... and so may a word that is also the opinion column's label ("Kommentar"), or is in the count's case
    r"^\W*\d+\s+(kommentar|kommenttia|kommentti|komentářů|komentáře|komentárov|komentáre|komentarzy|hozzászólás|"
    r"comentarii|comentaris|σχόλια|коментари|коментара|komentari|komentara|коментарів|коментарі|коментар|"
    r"תגובות|ý kiến|bình luận|टिप्पणियां|टिप्पणी)\W*$"
)
# The blog platforms' heading naming the post: '6 thoughts on "How the council spent its budget"'.
COMMENTS_ON_POST = r"^\W*\d+\s+(thoughts|responses|replies|comments|reactions) (on|to)\s*[\"“‘'«„]"
# Comment headings that are also words for a discussion or opinions ("Diskuse", "Maoni", "نظرات"), which an article
# may head a section with: without a count beside them they end the article only late in the page.
COMMENTS_HEADING_ALSO_PROSE = r"^\W*(diskusia|diskuse|maoni|نظرات|دیدگاه‌ها)\W*$"

# "All rights reserved" in the languages news is written in.
RIGHTS_RESERVED = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"todos os direitos reservados|tutti i diritti riservati|все права защищены|alle rechten voorbehouden|"
    r"wszelkie prawa zastrzeżone|všechna práva vyhrazena|alla rättigheter förbehållna|alle rettigheder forbeholdes|"
    r"alle rettigheter reservert|kaikki oikeudet pidätetään|tüm hakları saklıdır|toate drepturile rezervate|"
    r"minden jog fenntartva|με επιφύλαξη παντός δικαιώματος|جميع الحقوق محفوظة|כל הזכויות שמורות|"
    r"सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์|всі права захищені|hak cipta dilindungi|hak cipta terpelihara|"
    r"tots els drets reservats|všetky práva vyhradené|haki zote zimehifadhiwa|"
    r"(کلیه|تمامی) حقوق( [^\s.]+){0,4} محفوظ|جملہ حقوق محفوظ|সর্বস্বত্ব সংরক্ষিত|"
    r"版权所有|版權所有|無断転載|무단\s?전재|"
    r"सर्व हक्क राखीव|ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ|સર્વ હક્ક સુરક્ષિત|సర్వ హక్కులు|ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು|ಎಲ್ಲಾ ಹಕ್ಕುಗಳನ್ನು|"
    r"എല്ലാ അവകാശങ്ങളും|සියලු හිමිකම් ඇවිරිණි|រក្សាសិទ្ធិគ្រប់យ៉ាង|ყველა უფლება დაცულია|"
    r"բոլոր իրավունքները պաշտպանված են|bütün hüquqlar qorunur|барлық құқықтар қорғалған|"
    r"barcha huquqlar himoyalangan|visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|"
    r"vse pravice pridržane|të gjitha të drejtat e rezervuara|сите права се задржани|allur réttur áskilinn|"
    r"eskubide guztiak erreserbatuta|todos os dereitos reservados|alle regte voorbehou|hemû maf parastî ne|"
    r"бүх эрх хуулиар хамгаалагдсан|dukkan hakkoki a kiyaye|xuquuqda oo dhan way dhowran tahay"
)
# What no notice has after its words and a sentence has: a lowercase word going on after a comma or colon ("All
# rights reserved, the label said"), or straight after the word "copyright" ("Copyright lawyers say ...", "the
# song's copyright had expired"); a notice goes on with a year, ©, the owner's name or a full stop, not with "is"
# ("Všetky práva vyhradené je nápis, ktorý ...": the words named in a sentence).
RIGHTS_RESERVED_NOTICE = (
    rf"(?:{RIGHTS_RESERVED})(?!\s*[,:;]\s*{LOWERCASE})"
    r"(?!\s+(?:is|was|ist|war|est|était|es|era|è|é|är|var|er|jest|je|este|είναι|ήταν|adalah|ni|ay)\s)"
)
COPYRIGHT_WORD = rf"\b(?:copyright|hak cipta)\b(?!\s+{LOWERCASE})"

# The heading of an article's table of contents, alone on its line: its entries are the article's subheadings,
# printed again below (link_lists takes the heading with the entries only when they are).
CONTENTS_HEADING = (
    r"^\W*(contents|table of contents|in this (article|story|guide)|on this page|jump to|inhalt|inhaltsverzeichnis|"
    r"inhalte|in diesem artikel|sommaire|table des matières|dans cet article|índice|contenido|contenidos|"
    r"en este artículo|conteúdo|neste artigo|indice|sommario|in questo articolo|содержание|оглавление|"
    r"в этой статье|inhoud|inhoudsopgave|in dit artikel|spis treści|w tym artykule|içindekiler|bu yazıda|"
    r"المحتويات|محتويات المقال|目次|目录|目錄|本文目录|innehåll|indhold|sisällys|obsah|tartalom|cuprins|περιεχόμενα|"
    r"daftar isi|mục lục|목차)\W*$"
)

# The heading of the page's tag list, alone on its line.
TAG_HEADING = (
    r"^\W*(tags|tagged|topics|schlagworte|schlagwörter|étiquettes|mots-clés|etiquetas|tópicos|argomenti|теги|метки|"
    r"标签|標籤|タグ|태그|tagi|štítky|taggar|avainsanat|etiketler|etichete|címkék|ετικέτες|الوسوم|תגיות|thẻ|"
    r"archivado en|sujets|mots clés|onderwerpen|tematy|konular|теми|الكلمات المفتاحية|كلمات مفتاحية|وسوم|टैग्स|"
    r"topik|chủ đề|từ khóa|关键词|關鍵字|关键字|キーワード|키워드|keywords|aiheet|avainsanat|emneord|emner|ämnen|témy|"
    r"témata|etiquetes|برچسب‌ها|برچسب ها|ٹیگز|ট্যাগ|குறிச்சொற்கள்|mga tag)\W*$"
)

# Words of a newsletter or subscription prompt, anywhere in a short block ("Get our newsletter in your inbox").
NEWSLETTER_CUES = (
    r"(newsletter|(in|to) your (e-?mail )?inbox|nella tua casella (di posta|email)\b|"
    r"dans votre boîte (mail|e-mail|de réception)\b|en tu bandeja de entrada\b|in ihr(em)? (e-mail-)?postfach\b|"
    r"na sua caixa de entrada\b|in je (inbox|mailbox)\b|na (twoją )?skrzynkę( e-?mail| pocztową)?\b|e-?mail (updates|alerts|briefing)|(sign up|subscribe|register)"
    r"( now| today| here| free| for free)?( (for|to) our\b)?\W*$|(^|[.!?]\s+)\W*(sign up|subscribe) (now|today|here|for free)\b|"
    r"subscribe to (our|the) (\w+ ){1,2}(channel|podcast|feed)|(^|[.!?]\s+)\W*subscribe to our\b|^\W*by (subscribing|signing up|registering)\b[^.!?]{0,40}\b(you|i) (agree|accept|consent)|subscribe to \S+( \S+)? on (youtube|spotify|apple podcasts)|(thanks|thank you) for (signing up|subscribing)|"
    r"(check|keep an eye on) your inbox|delivered (to|through) your (door|letterbox|mailbox)|"
    r"jetzt abonnieren|inscrivez-vous à|assine (já|agora|a nossa)|iscriviti alla|"
    # the call alone or going on to what to subscribe to (not "Подпишитесь под обращением", "Inscreva-se até
    # sexta-feira", "Abonnez-vous, désabonnez-vous : ...")
    r"(abonnieren sie|abonnez-vous|suscríbete|inscreva-se|подпишитесь)(\W*$|\s+(à|a|al|para|pour|per|um|na|no|em|на|unser\w*|den|"
    r"jetzt|hier|gratuitement|gratis|ya|agora|já|notre|nos|nuestr\w*|nossa|nosso|наш\w*)\b)|"
    r"订阅我们|訂閱我們|メルマガ|メールマガジン|뉴스레터|berlangganan|"
    r"nyhetsbrev|nyhedsbrev|uutiskirje|bülten|hírlev[eé]l|đăng ký nhận bản tin|nhận (tin|bản tin)[^.!?]{0,30} qua email|абонирайте се за|"
    r"přihlaste se k odběru|prihláste sa na odber|pretplatite se na|prijavite se na (naš |naše )?(newsletter|bilten)|"
    r"הירשמו ל|النشرة البريدية|ניוזלטר|न्यूज़लेटर|підпишіться(\W*$|\s+(на|наш\w*)\b)|"
    r"न्युजलेटर|न्यूजलेटर|ਨਿਊਜ਼ਲੈਟਰ|ન્યૂઝલેટર|న్యూస్‌లెటర్|ನ್ಯೂಸ್‌ಲೆಟರ್|ന്യൂസ്‌ലെറ്റർ|გამოიწერეთ|abunə olun|"
    r"naujienlaišk|jaunumu vēstul|uudiskir|prijavite se na e-novice|fréttabréf|buletin informativ|nuusbrief|"
    r"(whatsapp|व्हॉट्सॲप|व्हॉट्सअॅप) (चॅनेलला|चॅनल) फॉलो करा)"
)
# Words of a cookie or privacy notice, anywhere in a block ("We use cookies", "Privacy Policy | Terms of Use").
COOKIE_CUES = (
    r"(\bcookies?\b|privacy (policy|notice|settings)|datenschutz|política de privacidad|politique de confidentialité|"
    r"informativa (sulla )?privacy|политика конфиденциальности|隐私政策|隱私權政策|プライバシーポリシー|개인정보|"
    r"evästeitä|evästeiden|evästeet|sütiket|sütik használat|עוגיות|कुकीज़|कुकीज|কুকি|"
    r"бисквитки|колачиће|kolačiće|kolačići|súbory cookie|soubory cookie|fișiere cookie|"
    r"slapukai|slapukus|sīkdatnes|sīkfailus|küpsiseid|küpsised|piškotke|piškotki|vafrakökur)"
)
_CALLS = (r"subscribe|click|tap|sign up|abonnieren|abonnez|suscríbete|inscreva|assine|iscriviti|подпишитесь|"
          r"підпишіться|klicken|cliquez|clique|clicca|haz clic")
# Words by which a prompt names the site or speaks as it ("We use cookies", "Sign up for our newsletter", "Diese
# Website verwendet Cookies", "您"), asks the reader's consent, or calls on them; a sentence of the article about
# cookies or a newsletter has none of them.
READER_ADDRESS = (
    r"(?<!\w)(we|we['’](re|ve|ll)|our|(?-i:us)|browser|browsing|"
    # the page's own site, not "a site" of the article's story ("un link a un sito falso")
    r"(?<!\ba )(?<!\ban )(?<!\bun )(?<!\buna )(?<!\buno )(?<!\bum )(?<!\buma )(?<!\bein )(?<!\beine )(?<!\been )"
    r"(site|website|web site|sitio|sito|webseite)|"
    r"wir|uns|unser\w*|(?-i:stimmen Sie)|einverstanden|"
    r"nous|notre|nos|nuestr[oa]s?|nosso|nossa|nostr[oa]|wij|onze|"
    r"мы|нас|наш\w*|сайт\w*|ми|nasz\w*|stron(a|y|ie|ę|ą|ach|ami|om)?|serwis\w*|соглаша\w+|"
    # Turkish "we" in its forms: not "bizarre"; Polish "strona", not "strong"
    r"biz|bizim|bizi|bize|bizimle|bizler\w*|"
    r"kami|kita|situs|vi|vår\w*|oss|vores|webbplats\w*|nettsted\w*|sitemiz\w*|chúng tôi|"
    # browsing and agreeing, as a banner says them: "Ao continuar a navegar, concorda ...", "ga je akkoord"
    r"navegar|navegando|navegação|navegación|navigare|navigazione|naviguer|navigation|navegador|navigateur|akkoord|concorda|agreeing|"
    r"meidän|sivusto\w*|accetti|acceptez|"
    r"weboldal\w*|honlap\w*|webov\w*|stránk\w*|site-ul\w*|ιστοσελίδα\w*|ιστότοπο\w*|hjemmeside\w*|nettside\w*|"
    # Czech and Slovak "our" but not "nás", "us": "u nás", "z nás" are the country's, the public's, in news prose
    r"náš|naš\w*|nostru|noastră|μας|"
    # what a prompt says beside its "you": the page it stands on, a courtesy, the consent it takes, a login, a
    # delivery on a schedule ("To view this video, please enable cookies", "By entering your email address, you
    # ...", "the news of the day arrives in your inbox every morning")
    r"this (article|story|content|video|page|service|device)|cet article|ce contenu|cette vidéo|"
    r"(dies\w+|diese) (Artikel|Inhalt|Video)|este (artículo|contenido|vídeo|artigo|conteúdo)|questo articolo|"
    r"please|s['’]il vous plaît|bitte|por favor|per favore|"
    r"accepted|accepting|(need|must|have) to be (logged|signed) in|"
    r"by (entering|clicking|continuing|using|subscribing|signing|registering|providing|submitting)|"
    r"en (cliquant|continuant|poursuivant|vous inscrivant)|al (hacer clic|continuar|suscribirte)|ao (clicar|continuar)|"
    r"(delivered|sent|straight|direct|directly) (to|in|into) your|look out for|catch up|"
    r"(every|each) (morning|day|weekday|evening|friday|saturday|sunday)|chaque (matin|jour|soir)|"
    r"jeden (Morgen|Tag|Abend)|cada (mañana|día)|todas as manhãs|todos os dias|ogni (mattina|giorno|sera)|"
    r"каждое утро|каждый день|elke (ochtend|dag)|her sabah|setiap pagi)(?!\w)|"
    r"您|你|我们|我們|本网站|本網站|本站|当サイト|本サイト|お客様|あなた|귀하|당신|웹사이트|사이트|동의|"
    r"نحن|موقعنا|أنت|אתר|אנחנו|אנו|आप|हम|वेबसाइट|"
    # calls to the reader ("Subscribe to the ... channel", "Click to subscribe!", "... news. Sign up now", "Newsletter
    # jetzt kostenlos abonnieren!"), opening a sentence or a clause or ending one: after its subject and going on, a
    # call is the article's ("many readers sign up for one before they pay")
    rf"(^|[.!?:,;]\s*|(?<!\w)(please|simply|just|now|bitte|jetzt|hier)\s+)\W*({_CALLS})(?!\w)|"
    rf"(?<!\w)({_CALLS})\W*($|[.!?])"
)
# "You" and "your", and consent in the forms an article uses too: a prompt's ("Keep an eye on your inbox", "I agree
# to the terms"), but an article's advice speaks to its reader as well ("The scam email lands in your inbox looking
# like a message from your bank"), and its report on cookies says who accepts them ("la mayoría de usuarios los
# acepta sin leerlos"); a sentence with no other address is a prompt only when short, or opening with "you" or a
# prompt's verb (PROMPT_OPENING).
_YOU = (
    r"aceptar?|aceitar?|accettare|accepter|akzeptieren|agree|accept|consent|you|your|yours|(?-i:Sie|Ihre?[mnrs]?|Ihnen)|vous|votre|vos|usted|tu|tus|te|você|vocês|tuo|tua|ti|vostr[oa]|"
    # Turkish "you" in its forms: not "size" (English too)
    r"uw|jouw|вы|вас|вам|ваш\w*|ви|twój|twoja|siz|sizin|sizi|sizinle|sizler\w*|anda|dig|ditt|sinä|sinun|teidän|"
    r"vás|vám|váš\w*|vaš\w*|dumneavoastră|dvs|ön|önnek|önt|σας"
)
READER_YOU = rf"(?<!\w)({_YOU})(?!\w)"
PROMPT_SHORT_WORDS = 12
# A sentence opening with "you", a thanks or a prompt's verb ("Get ...", "Erhalten Sie ..."): a prompt's, not the
# article's advice ("If a message in your inbox asks you ...").
PROMPT_OPENING = (
    rf"(^|[.!?]\s+)\W*({_YOU}|i (agree|accept|consent)|by (checking|ticking)|puede|pode|può|puoi|thank you|thanks|merci|gracias|obrigad[oa]|danke|grazie|get|keep|stay|receive|"
    r"enter|join|want|never miss|don['’]t miss|find out|discover|be the first|download|register|log in|sign in|"
    r"recevez|restez|inscrivez|recibe|reciba|mantente|regístrate|receba|fique|cadastre|ricevi|resta|registrati|"
    r"erhalte|bleib|melde|ontvang|blijf|получайте|будьте|otrzymuj|bądź|zapisz|dapatkan|\w+en (?-i:Sie))(?!\w)"
)
# Words of READER_ADDRESS and READER_YOU that in a language are ordinary words, not the reader or the site: Dutch
# "te" (to), Portuguese "nos" (in the), "uns" (some), Spanish and Portuguese "anda" (walks), Polish "we" (in), "tu"
# (here), Czech "tu", "ti" (here, those), Turkish "ön" (front), Swedish, Norwegian and Danish "dvs" (that is),
# Vietnamese syllables "vi", "ti", "tu". In a text of that language a sentence holding no other address is the
# article's.
NOT_ADDRESS = {
    "nl": r"te", "pt": r"nos|uns|anda", "es": r"anda", "pl": r"we|tu", "cs": r"tu|ti", "tr": r"ön",
    "sv": r"dvs", "no": r"dvs", "da": r"dvs", "vi": r"vi|ti|tu",
}
# Comment buttons and headings ("Leave a reply", "All comments", "Jane says:", "Tell us what you think"): lines,
# not sentences; a sentence opening with their words ("All comments will be published by the council in
# March.", "The minister said: we cannot wait another year.") stays.
COMMENT_PROMPTS = (
    r"^\W*(\d+\s+)?(leave a (comment|reply)|post a comment|comment on this (story|article|post)|add a comment|join the (conversation|discussion)|"
    # "Leave a reply" as blog platforms print it in other languages
    r"schreibe einen kommentar|laisser un commentaire|deja un comentario|deja una respuesta|deixe um comentário|"
    r"deixe uma resposta|lascia un commento|оставить комментарий|оставьте комментарий|tinggalkan (balasan|komentar)|"
    r"laat een reactie achter|コメントを残す|发表评论|發表迴響|發表評論|댓글 남기기|"
    # ... and the news sites' comment buttons and prompts in the added languages
    r"ostavite komentar|ostavi komentar|napišite komentar|оставете коментар|напишете коментар|напишите коментар|"
    r"оставите коментар|залиште коментар|напишіть коментар|přidat komentář|napište komentář|pridať komentár|"
    r"napíšte komentár|lasă un comentariu|adaugă un comentariu|szólj hozzá|írj hozzászólást|γράψτε (το )?σχόλιο|"
    r"kommentoi|jätä kommentti|הוסיפו תגובה|הוסף תגובה|שלחו תגובה|אפשר להגיב|अपनी टिप्पणी (लिखें|दें)|"
    r"टिप्पणी करें|gửi ý kiến( của bạn)?|gửi bình luận|viết bình luận|اپنا تبصرہ (بھیجیں|لکھیں)|মন্তব্য করুন|"
    r"deixa un comentari|acha maoni|tuma maoni|mag-iwan ng komento|tinggalkan komen|"
    r"तुमची प्रतिक्रिया (नोंदवा|द्या)|प्रतिक्रिया दिनुहोस्|rašyti komentarą|parašykite komentarą|pievienot komentāru|"
    r"lisa kommentaar|kommenteeri|napiši komentar|dodaj komentar|shkruaj koment|skrifaðu athugasemd|idatzi iruzkina|"
    r"deixa un comentario|şərh yaz|izoh qoldiring|пікір қалдыру|კომენტარის დატოვება|"
    r"թողնել մեկնաբանություն|"
    r"(show|view|load|loading|see|read)( all| new)? comments|all comments|join (the )?discussion|permalink|link permanente|comments are closed)\b|"
    # the word alone (with its count), not opening a sentence ("Comments from residents were mixed.")
    r"^\W*(\d+\s+)?(comments?|kommentare?|kommentieren|commentaires?|comentarios?|comentários?|commenti|commenta|"
    r"комментари[йи]|评论|評論|コメント|댓글|komentar|komentarze|komentáře|kommentarer|kommentit|yorumlar|comentarii|"
    r"hozzászólások|σχόλια|تعليقات|תגובות|bình luận|коментарі|komentáre|diskusia|diskuse|kommentaarit|comentaris|komen|"
    r"maoni|mga komento|نظرات|دیدگاه‌ها|تبصرے|মন্তব্য|கருத்துகள்|коментари|komentari|коментарии|σχόλια αναγνωστών)"
    r"\s*[:：]?\s*(\(\d+\)|\d+)?\W*$|"
    # the first comment's invitation: "Be the first to comment"
    r"^\W*(be the first to comment|soyez le premier à commenter|sé el primero en comentar|"
    r"hãy là người đầu tiên bình luận|buď první|budte první|bądź pierwszy|fii primul care comentează|"
    r"היו הראשונים להגיב|पहली टिप्पणी करें|buďte prvý)\b"
)
# A comment's header: the commenter's name and the verb, maybe the date after ("jane says: May 4, 2020 at 4:05 pm").
# The name is one word or handle, or capitalised words: "The mayor said:" heads an article's quote.
COMMENT_SAYS = (
    r"^(\S+|(?-i:[A-ZÀ-ÞĀ-ŽА-Я])\S*(\s(?-i:[A-ZÀ-ÞĀ-ŽА-Я])\S*){1,3})\s"
    r"(says|said|sagt|schreibt|dice|disse|escribió|a écrit|scrive|пишет|написал)\s*:|"
    # ... in the added languages, a name (capitalised words or a handle) and the date or nothing after the colon
    # ("Matti sanoo:", not "O ministro diz:", "Presa scrie: guvernul a căzut.", an article's lines before a quote)
    r"^((?-i:[A-ZÀ-ÞĀ-ŽА-Я])\S*|\S*\d\S*)(\s((?-i:[A-ZÀ-ÞĀ-ŽА-Я])\S*|\S*\d\S*)){0,3}\s(sanoo|säger|siger|sier|"
    r"zegt|říká|napísal|spune|scrie|írta|pisze|diz|diu)\s*:\s*(\d.*)?$"
)
COMMENT_HEADERS = COMMENT_SAYS + "|" + (
    r"^\W*\d+\s+(thoughts|responses|replies|comments) (on|to)\b|^\W*(top rated|most liked|newest) comments|"
    r"^\W*(reply|log in to reply|responder|antworten|répondre|rispondi|ответить|返信|回复|回覆|답글|balas)\W*$|"
    r"^\W*(name|e-?mail|website|comment|имя|nome|nombre|nom|kommentar|commento|comentario|comentário)\s*\*\W*$"
)
COMMENT_INVITATIONS = (
    r"^\W*(tell us what you think|let us know (what you think|in the comments)|share your thoughts (below|in the comments)|"
    # the prompt under a blog's "Leave a Reply": "Want to join the discussion? Feel free to contribute!"
    r"want to join the (discussion|conversation)\W*$|feel free to contribute\W*$)"
)
# The comment form's words that a sentence may hold too ("Leave a comment in the book of condolences, mourners
# were told.", "Comments are closed at the consultation, but residents can still write to the council.").
COMMENT_FORM_WORDS = r"(leave|post|write) a (comment|reply)|comments are (closed|moderated)"

# The comment form's own notices, under the article wherever it stands on the page: the form's fields and notes,
# the section's rules, the login and follow-up boxes.
COMMENT_FORM = (
    r"((must be )?(logged in|log in|signed in|sign in|connected)( using [\w ]{1,30}?)? to (post|leave|write|add|publish) (a |your )?"
    r"(comment|reply)|your email address will not be published|required fields are marked|"
    r"moderating (all )?comments|(e-mail-adresse|email-adresse) wird nicht veröffentlicht|adresse (e-?mail|de messagerie) ne sera pas publiée|"
    r"correo electrónico no será publicad|e-?mail não será publicado|email non sarà pubblicato|"
    r"connesso per (inviare|pubblicare) un commento|адрес email не будет опубликован|"
    r"войдите,? чтобы (оставить|написать) комментарий|メールアドレスが公開されることはありません|"
    r"이메일 주소는 공개되지 않습니다|电子邮件地址不会被公开|電子郵件地址不會被公開|alamat email anda tidak akan dipublikasikan|"
    r"view the discussion thread|save my name,? e-?mail,? and website|next time I comment|(publishing|publish) your comment)"
)
COMMENT_RULES = (
    r"\bmoderates? (all )?comments\b|^\W*as you comment\b|respectful of other commenters|"
    r"\b(comment|commenting|discussion) (policy|guidelines)\b|(read|follow|mindful of) our community (standards|guidelines)"
)
COMMENT_DATA = (
    r"comment data is processed|kommentardaten|données de vos commentaires|datos de tus comentarios|"
    r"datos de sus comentarios|dados em comentários|i tuoi dati vengono elaborati|reactie-gegevens|"
    r"данные комментариев|dane w twoich komentarzach|yorum verilerinizin|data komentar anda"
)
COMMENT_NOTIFY = (
    r"^\W*(notify me of (new |follow-up )?(comments|posts|replies)|benachrichtige mich (über|bei)|"
    r"(prévenez|avertissez)-moi (de|des|par)|recibir (un (e-?mail|correo)( electrónico)? con (cada|los) nuev|nuevas entradas)|"
    r"avísame (por|de|cuando alguien)|(notifique|notificar)-me (sobre|de|por)|avvisami (via|per|in caso)|"
    r"stuur mij een e-?mail|(уведомлять|уведомить|сообщать) меня о|powiadom mnie o|(yeni )?(yorumları|yazıları) bana e-posta|"
    r"beritahu saya (akan|tentang|tulisan|pos|komentar)|新しい(コメント|投稿)をメールで|有新(评论|回复)时|新文章发表时|"
    r"有新(回應|留言)時|새 (댓글|글)을 (이)?메일로)"
)
COMMENT_LOGIN = (
    r"^\W*(fill in your details below or click an icon to log in|you are commenting using your|"
    r"(log ?in|sign in) or register to post comments|pingback\s*:|"
    r"(your|dein|ihr) (comment|kommentar) (is awaiting moderation|muss noch freigegeben werden)|"
    r"votre commentaire est en attente de modération|tu comentario está (pendiente de|esperando) moderación|"
    r"seu comentário está aguardando moderação|il tuo commento è in attesa di moderazione)|"
    r"^\W*((trackbacks?|pingbacks?)(\s*/\s*(trackbacks?|pingbacks?))?|"
    r"(name|e-?mail|website|comment)\s*\((required|optional)\))\W*$"
)
COMMENT_RULES_MORE = (
    r"\b(comentários (são|serão) moderados|(aprovados|publicados) pelo moderador|passam por moderação|"
    r"comentarios (son|están|serán) moderados|sujetos a moderación|(aprobados|publicados) por (el|un) moderador|"
    r"commentaires sont modérés|soumis à (la )?modération|validés par (le|un) modérateur|"
    r"commenti (sono|vengono|saranno) moderati|approvati dal moderatore|kommentare werden (moderiert|vor)|"
    r"komentarze są moderowane|комментарии (проходят (предварительную )?модерацию|модерируются)|"
    r"reacties worden gemodereerd|yorumlar onaylandıktan sonra|komentar (akan )?dimoderasi)"
)
COMMENT_FORM_NOTICES = (COMMENT_FORM, COMMENT_RULES, COMMENT_DATA, COMMENT_NOTIFY, COMMENT_LOGIN, COMMENT_RULES_MORE)
# A contact box's lines: an e-mail or a handle alone, a US street address, a phone or fax number after its label
# ("Tel.: +49 69 380 795 200"). A sentence giving a number ("Residents can phone 0800 123 456 for advice.") is
# the article's own.
# A press office's label before its name, address or number: "Media contact: ...", "Ufficio stampa: ...", or alone
# on its line with its colon, the contact's lines under it ("Pressekontakt:") (a line:
# "Pressestelle: Das Ministerium äußerte sich bis Redaktionsschluss nicht." is the article's).
PRESS_CONTACTS = (
    r"^\W*((media|press) (contacts?|enquiries|inquiries|office)|pressekontakt|pressestelle|contact presse|"
    r"contacto de prensa|contato (para|com a) imprensa|ufficio stampa|perscontact|mediakontakt|presskontakt|"
    r"kontakt pro média|kontakt dla mediów|sajtókapcsolat|sajtóiroda|kontakt för media|yhteyshenkilö)\s*[:：]\s*(\S|$)"
)
# Each form in its own group, so that re tries them in this order at the block's start, as it did when they and
# the phone forms were one pattern.
CONTACT_ADDRESSES = (
    r"^(?:\W*[\w.+-]+@[\w-]+(\.[\w-]+)+\W*$)|^(?:\W*@\w{2,30}\W*$)|"
    r"^(?:\W*\d+ [\w .,'-]{3,60}, (?-i:[A-Z]{2}) \d{5}(-\d{4})?\W*$)"
)
CONTACT_PHONES = (
    r"\b(tel|phone|fax|telefon|téléphone|teléfono|telefone|телефон|switchboard|toll free)\.?\s*[:：.】]?\s*[+(]?\d[\d\s().-]{6,}|"
    r"〒\s?\d{3}-\d{4}|【(tel|fax)】"
)
# The page's tag line: "Filed under: Politics, Courts", "Tags: ..." (a list, not "Themen: Wohnen und Verkehr
# bestimmen den Wahlkampf.").
TAG_LINE = (
    r"^\W*(filed under|tags?|topics|subjects|(names )?in this article|this article is related to|schlagworte|schlagwörter|themen|"
    r"étiquettes|mots-clés|etiquetas|temas|tag|argomenti|теги|метки|标签|標籤|タグ|태그|"
    # ... in the added languages: "Từ khóa: ...", "Etichete: ...", "תגיות: ..."
    r"từ khóa|thẻ|टैग्स|टैग|תגיות|etichete|címkék|ετικέτες|štítky|témata|témy|oznake|ознаке|етикети|тагове|теги|"
    r"тэги|avainsanat|aiheet|etiquetes|mga tag|lebel|ٹیگز|ট্যাগ|குறிச்சொற்கள்)\s*[:：]"
)
# A sentence giving its words to someone after a comma ("Help us keep the library open, residents urged the
# council.", "..., sagte der Verleger."): the article quoting a call, not the page making it.
ATTRIBUTION = (
    r",\s+([\w'’.–—-]+\s+){0,4}?(said|says|told|urged|warned|advised|advise|added|asked|wrote|explained|insisted|"
    r"sagte|sagt|erklärte|rief|betonte|warnte|a déclaré|a dit|a affirmé|a lancé|a expliqué|a prévenu|dijo|afirmó|"
    r"aseguró|señaló|explicó|advirtió|disse|afirmou|explicou|alertou|ha detto|ha affermato|ha spiegato|"
    r"сказал|сказала|заявил|заявила|призвал|призвали|powiedział|powiedziała|dedi|söyledi|kata|ujar|zei|"
    r"sa|sagde|sanoi|a spus|mondta|είπε|found|noted|reported|argued|stated|concluded|"
    r"sier|sade|uttalte|fortalte|berättade|inviterte|kertoi|totesi|řekl|řekla|uvedl|uvedla|povedal|povedala|"
    r"a declarat|a afirmat|nyilatkozta|δήλωσε|alisema|aliongeza|sabi|va dir|va afirmar|zegt|aldus|"
    # the call passed on to the public: "Följ oss på Instagram, uppmanade polisen"
    r"uppmanade|uppmanar|oppfordret|oppfordrer|opfordrede|opfordrer|kehotti|kehottaa|säger|siger|sanoo|"
    r"stěžují si|stěžuje si|uvádí|tvrdí|sťažujú sa|uvádza|a recunoscut|a anunțat|a transmis|susține|közölte|"
    r"ανέφερε|"
    # advice passed on: "..., ne cliquez sur aucun lien, conseille la police"
    r"recommends|recommended|conseille|recommande|rät|empfiehlt|aconseja|recomienda|recomenda|recomendam|"
    r"consiglia|raccomanda|советует|советуют|radzi|zaleca|adviseert|raadt)\b"
)
# Kinds of prompts whose words an article may quote: a sentence with an attribution is none of theirs.
QUOTED_KINDS = frozenset({"support-appeal", "notification-prompt", "form-message", "newsletter", "disclaimer"})
# Kinds of prompts whose calls an article's advice gives too ("Turn on notifications for your banking app so that
# you see every payment ..."): a long sentence is theirs only speaking to the reader as a prompt does (see
# detectors/boilerplate.admits) or opening with a prompt's verb ("Download the app to get ...").
SPEAKING_KINDS = frozenset({"notification-prompt"})
# Families whose cue words an article's own sentence may hold ("Cookie sales rose", "The newsletter, which has
# 40,000 readers, was sold"): a block that reads as such a sentence (five words or more, ending as a sentence,
# with no "|" or "©" of a link row) is taken only when it speaks to the reader or names the site.
ADDRESSED = frozenset({NEWSLETTER_CUES, COOKIE_CUES, COMMENT_FORM_WORDS})
# Families of lines: a block of six words or more ending as a sentence is none of theirs.
NOT_SENTENCES = frozenset({COMMENT_PROMPTS, COMMENT_HEADERS, COMMENT_INVITATIONS, CONTACT_ADDRESSES,
                           CONTACT_PHONES, PRESS_CONTACTS})
# Families of lists: a block ending as a sentence is theirs only when it lists (two or more separators).
LISTS = frozenset({TAG_LINE})

FAMILIES: list[tuple[str, int, str]] = [
    ("comments", 8, COMMENTS_HEADING),
    ("comments", 30, COMMENTS_ON_POST),
    ("advertisement", 4,
     r"^\W*(advertisement|advertising|ad|ads|sponsored( content)?|paid (post|content)|partner content|"
     r"supported by|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|광고|广告|廣告|広告|"
     r"iklan|advertentie|reklama|annons|annonce|annonse|mainos|reklam|reclamă|hirdetés|διαφήμιση|إعلان|פרסומת|"
     r"विज्ञापन|quảng cáo|โฆษณา|sponsored links?|"
     r"スポンサードリンク|スポンサーリンク)\W*$"),
    # A heading, not a sentence: a line ending as one ("Related to this, the council said ...") is not one.
    ("related-links", 12,
     r"^(?!.{12,}[^.][.。!?][^\w.]*$)\W*(related( articles| stories| news| content| coverage| posts| topics| links)?|"
     + READ_ALSO + "|"
     r"more from|more on|more in|more stories|more news|you may also like|you might also like|"
     r"recommended( for you| stories)?|most (read|popular|viewed|shared)|trending( now)?|top stories|"
     r"editor'?s picks|don'?t miss|what to read next|read next|up next|further reading|explore further|popular (on|at) \S+|"
     r"mehr zum thema|auch interessant|das könnte sie auch interessieren|"
     r"sur le même sujet|saiba mais|"
     r"le puede interesar|te puede interesar|noticias relacionadas|potrebbe interessarti|"
     r"по теме|相关新闻|相關新聞|延伸閱讀|延伸阅读|相关阅读|推荐阅读|関連記事|"
     r"関連ニュース|人気記事|最新記事|热门新闻|热门文章|熱門新聞|最新文章|관련기사|관련 기사|주요뉴스|많이 본 뉴스|인기기사|meer over|"
     r"berita terkait|artikel terkait|powiązane artykuły|související články|relaterade artiklar|relaterede artikler|"
     r"relaterte artikler|aiheeseen liittyvät|ilgili haberler|articole similare|kapcsolódó cikkek|σχετικά άρθρα|"
     r"مقالات ذات صلة|أخبار ذات صلة|כתבות נוספות|संबंधित खबरें|bài viết liên quan|tin liên quan|ข่าวที่เกี่ยวข้อง|схожі новини|"
     r"súvisiace články|notícies relacionades|articles relacionats|berita berkaitan|artikel berkaitan|"
     r"mga kaugnay na (balita|artikulo)|habari zinazohusiana|اخبار مرتبط|مطالب مرتبط|متعلقہ خبریں|সম্পর্কিত খবর|"
     r"தொடர்புடைய செய்திகள்|mer om|mere om|lisää aiheesta|více o tématu|viac k téme|"
     # the added languages' (Marathi to Mongolian, as in READ_ALSO)
     r"संबंधित बातम्या|सम्बन्धित समाचार|ਸਬੰਧਤ ਖ਼ਬਰਾਂ|ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ|ਸਬੰਧਤ ਖਬਰਾਂ|સંબંધિત સમાચાર|సంబంధిత వార్తలు|"
     r"ಸಂಬಂಧಿತ ಸುದ್ದಿ|ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು|അനുബന്ധ വാർത്തകൾ|ബന്ധപ്പെട്ട വാർത്തകൾ|ආශ්‍රිත පුවත්|ဆက်စပ်သတင်းများ|"
     r"ព័ត៌មានពាក់ព័ន្ធ|მსგავსი სიახლეები|მსგავსი ამბები|նմանատիպ նյութեր|առնչվող նյութեր|digər xəbərlər|"
     r"oxşar xəbərlər|тақырыпқа қатысты|ұқсас жаңалықтар|mavzuga oid|o[‘'ʻ’`]xshash yangiliklar|susiję straipsniai|"
     r"saistītie raksti|līdzīgi raksti|seotud lood|seotud artiklid|sorodne novice|povezane novice|"
     r"lajme të ngjashme|lajme të lidhura|поврзани вести|слични вести|tengdar fréttir|lotutako albisteak|"
     r"novas relacionadas|labarai masu alaka|wararka la xiriira|اړوند خبرونه|nûçeyên têkildar|холбоотой мэдээ)" + WORD_END +
     # ... alone, or with a few words ("More in Politics", "Most read in world news"), or a link after a colon
     # ("Related post: ..."):
     # with more, the line is a heading of the article's own ("More in common than divides us", "Most popular
     # among voters was the plan to cut bus fares")
     r"(?=(\s+[^\W_]+){0,2}\s*[:：|]|\W*([^\W_]+\W*){0,3}$)|^(?!.{12,}[^.][.。!?][^\w.]*$)\W*also on \S+\.\w+|"
     # a linked headline tagged at its end: "Storm hits the coast [INSIGHT]"
     r"\w.{8,}(?-i:\[[A-Z][A-Za-z]{2,11}\])\W*$|^\W*see more\s*:\s*\w"),
    # "Read more: <another story's headline>", "(Leggi anche su: ...)": longer than a heading, same cue.
    # ("Also" and a lowercase word after the colon go on a sentence: "Also on the agenda: the new library ...".)
    # (or a dash: "यह भी पढ़ें- ...")
    ("related-links", 30, r"^\W*(" + READ_ALSO + r")" + WORD_END + r"([^:：፡՝៖.!?]{0,20}[:：፡՝៖]|\s?[-–—]\s)\s*\S|"
                          r"^\W*also\b[^:：.!?]{0,20}[:：]\s*(?!" + LOWERCASE + r")\S|"
                          r"^\W*(also on [\w-]+(\.[a-z]{2,3}){1,2}\b|on [\w-]+(\.[a-z]{2,3}){1,2}\s*[:：])|"
                          # a pointer to a topic page: "Follow our full coverage of the election at ..."
                          r"^\W*(follow|read|see) \S+ (full|complete|latest|live) coverage of\b|"
                          # a linked headline tagged with what it links to: "Storm hits the coast [VIDEO]"
                          r"^\W*\w.{8,}\[\s*(videos?|vídeos?|photos?|fotos?|pics|gallery|galerie|watch|listen|audio|podcast|"
                          r"poll|quiz|live|видео|фото|视频|視頻|動画)\s*\]\W*$"),
    # Anchored at the start, so tried at one place only: "Every day we send an email with the top stories".
    ("newsletter", 30, r"^\W*(\w+ ){0,3}we('ll| will)? send (you )?(an? )?((daily|weekly) )?e-?mail"),
    ("support-appeal", 40, r"^\W*\S+( \S+)? needs your (help|support)"),
    # The site asking by its name, opening the line: "Support <site> and make a difference for readers", "Support
    # <site> so we can keep reporting" (not "Support grew and ...": the clause after the name is the appeal's).
    ("support-appeal", 40,
     r"^\W*support (us|\S+( \S+)?) (and (make|help (us|make|keep|fund)) |so (that )?(we|it|they) (can )?(continue|keep|stay|"
     r"remain|go on)\b|today\W*$)"),
    # "If you enjoyed this article, ... join / become a member / subscribe", in the languages of the other appeals
    ("support-appeal", 60,
     r"^\W*(if you (enjoyed|liked|value|appreciated?) (this|our) (article|story|post|piece|journalism|work|reporting)|"
     r"wenn (ihnen|dir) (dieser|der) (artikel|beitrag) gefallen hat|si (cet article vous a plu|vous avez aimé cet article)|"
     r"si te (gustó|ha gustado) (este|el) artículo|se (você )?gostou (deste|desse) (artigo|texto)|"
     r"se ti è piaciuto (questo|l') ?articolo|если вам понравилась (эта )?статья)\b[^.!?]{0,80}?[,:]?[^.!?]{0,80}?"
     r"\b(join|support|subscribe|donate|become|members?|membership|unterstütz\w*|abonnier\w*|mitglied\w*|spende\w*|"
     r"soutenez|abonnez|devenez|don|apoya\w*|suscríbe\w*|hazte|dona\w*|apoie|assine|torne-se|doe|sostieni|abbonati|"
     r"diventa|поддерж\w*|подпиш\w*)\b"),
    ("newsletter", 30, NEWSLETTER_CUES),
    # A sign-up box's pitch, speaking to the reader by its imperative only: "Get breaking space news and the latest
    # updates on rocket launches and more!"
    ("newsletter", 30,
     r"^\W*get (the )?(latest|breaking|daily|weekly|our best)\b.{0,100}\band more\W*$|"
     r"^\W*(erhalten sie|recevez|recibe|receba|ricevi) (die neuesten|les dernières|las últimas|as últimas|le ultime) "
     r"(nachrichten|actualités|informations|noticias|notícias|notizie)\b|"
     # "Recevez chaque matin l'essentiel de l'actualité": the reader gets it every morning
     r"^\W*(erhalten sie (jeden|jede)|recevez (chaque|tous les)|recibe (cada|todos los|todas las)|"
     r"receba (cada|todos os|todas as)|ricevi (ogni|tutti i|tutte le)) (morgen|woche|abend|matin|soir|jour|semaine|"
     r"mañana|noche|día|días|semana|manhã|dia|dias|mattina|sera|giorno|giorni|settimana)\w*\b"
     # ... the news, not any thing ("Recibe cada mañana más de 200 llamadas": he, she or it receives)
     r"[^.!?]{0,60}?\b(essentiel|actualités?|actu|infos?|informations|nouvelles|news|newsletter|noticias|actualidad|"
     r"información|titulares|resumen|notícias|informações|manchetes|resumo|notizie|aggiornamenti|nachrichten|"
     r"überblick|schlagzeilen)\b"),
    # An appeal to readers for money or membership: "Support independent journalism", "Soutenez-nous".
    ("support-appeal", 40,
     r"(support (our|independent|quality|local) journalism|\bsupport us\b|help us (keep|continue|fund|stand)|"
     r"make a (one-time |monthly )?(contribution|donation)|donate (now|today)|become a (member|supporter|patron)|"
     r"disable your ad ?blocker|unterstützen sie (uns|unseren journalismus)|soutenez-nous|apoya (nuestro|el) periodismo|"
     r"apoie o jornalismo|sostieni il nostro giornalismo|поддержите (нас|редакцию))"),
    ("notification-prompt", 25,
     r"(turn on|enable|allow) (push )?notifications|get (breaking )?news alerts|download (our|the) app|"
     # "Follow us on Twitter", "Suivez-nous sur Facebook" (not "Critics like us on the left", "Suivez-nous, a lancé ...")
     r"(follow|like) us on(\W*$|\s+(\w+\s+)?(social|twitter|facebook|instagram|x|linkedin|youtube|tiktok|threads|bluesky|"
     r"telegram|whatsapp|google|flipboard|snapchat|pinterest|mastodon)\b)|"
     r"(folgen sie uns|suivez-nous|síguenos|siga-nos|seguici|следите за нами|подписывайтесь на нас|підписуйтесь на нас|"
     r"стежте за нами|obserwuj nas|volg ons)(\W*$|\s+(auf|bei|sur|en|em|no|nas|su|sui|в|у|на|na|w|op|on)\b)|"
     r"关注我们|關注我們|"
     r"フォローしてください|(click|tap) here to (get|download) the .{0,30}\bapp\b|get the .{0,30}\bapp\b (now|here|today)|"
     r"^\W*\S+( \S+)? push notifications\W*$|browser-push|push-(nachrichten|benachrichtigungen)|notifications push|chat with us (on|in|via) (facebook messenger|messenger|whatsapp|telegram)"),
    # A poll's counter: "Total Voters: 4,145".
    ("share-prompt", 6, r"^\W*total (votes|voters)\b|^\W*[\d.,]+ (users|usuários|usuarios|utenti|utilisateurs|benutzer|"
                        r"пользовател\w*) on-?line\W*$"),
    ("share-prompt", 12,
     r"share (it|this( story| article)?) with (a friend|your friends)|like this (story|article)\?|click to tweet\W*$|"
     # "This story has been shared 44,976 times.": the page's counter (not "The video was shared 20,000 times
     # before it was removed.")
     r"\bthis (story|article|post|page) (has been|was) shared [\d,.]+ times|(has been|was) shared [\d,.]+ times\W*$|"
     r"^\W*sharing is caring\W*$"),
    ("cookie-notice", 60, COOKIE_CUES),
    # A cookie banner's text opens with what it is about and may run long.
    ("cookie-notice", 100,
     r"^\W*((we|this (web)?site|our (web)?site)( and our partners)? (use|uses) cookies|"
     r"(wir|diese (webseite|website|seite)) (verwenden|verwendet|nutzen|nutzt) cookies|"
     r"(nous utilisons|ce site utilise) des cookies|(utilizamos|usamos|este (sitio|site)( web)? (utiliza|usa)) cookies|"
     r"(utilizziamo|usiamo|questo sito (utilizza|usa)) (i )?cookie|(мы используем|сайт использует) (файлы )?cookie|"
     r"本[网網]站使用\s*cookies?|当サイトでは.{0,10}cookie)"),
    ("share-prompt", 8,
     r"^\W*((share|tweet|email|print|copy link|save|pin|like|follow)( (this|the) (article|story|page|post)| us| this)?|"
     r"share (on|via|to) \w+|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|"
     r"teilen|partager|compartir|compartilhar|condividi|поделиться|分享|シェア|공유|bagikan|udostępnij|sdílet|"
     r"paylaş|distribuie|megosztás|κοινοποίηση|مشاركة|שתפו|chia sẻ|แชร์|поділитися|dela|del|jaa|zdieľať|"
     r"comparteix|kongsi|ibahagi|shiriki|اشتراک‌?\s?گذاری|شیئر کریں|শেয়ার করুন|பகிர்|"
     r"сподели|споделете|подели|podijeli|podeli|κοινοποιήστε|κοινοποίησε|megosztom|sdílejte|zdieľajte|"
     r"distribuiți|поширити|поделись|zalo|viber|ያጋሩ|አጋራ|"
     r"शेअर करा|सेयर गर्नुहोस्|ਸ਼ੇਅਰ ਕਰੋ|શેર કરો|షేర్ చేయండి|ಹಂಚಿಕೊಳ್ಳಿ|ഷെയർ ചെയ്യുക|බෙදාගන්න|မျှဝေပါ|ចែករំលែក|"
     r"გაზიარება|կիսվել|бөлісу|ulashish|dalintis|dalīties|jaga|deli|shpërndaje|shpërndaj|deila|partekatu|raba|deel|"
     r"la wadaag|شریکول|parve bike|хуваалцах)(\W+(share|tweet|email|"
     r"print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|copy link|zalo|viber))*\W*$"),
    ("comments", 12, COMMENT_PROMPTS),
    # Comment forms, in the words blog and news platforms print under the article in each language.
    ("comments", 30, COMMENT_FORM),
    ("comments", 30, COMMENT_FORM_WORDS),
    # A comment's header ("jane says: May 4, 2020 at 4:05 pm"), its reply button, the form's fields.
    ("comments", 12, COMMENT_HEADERS),
    # Markup the scraper left in: escaped or raw HTML tags, attributes, WordPress shortcodes.
    ("markup", 60,
     r"(&amp;lt;|&lt;)/?[a-z]+\b|<(span|div|script|style|iframe|img|a|p|br)\b[^>]*>|"
     r"(?-i:\[/?(button|caption|embed|gallery|video|audio|tweet)\b[^\]]*\])|\b(style|class|data-[\w-]+)=[\"”]"),
    # An invitation to comment: "Tell us what you think", "Let us know in the comments".
    ("comments", 12, COMMENT_INVITATIONS),
    # A call to action shouted in capitals: "CLICK HERE TO GET THE APP", "READ MORE BY CLICKING HERE".
    ("promo", 15, r"(?-i:\bCLICK(ING)? HERE\b)"),
    ("promo", 15, r"^\W*got an? (confidential |news )*tip\b[^.!?]{0,40}\?"),  # a question: "Got a tip? Email us"
    # A notice the page shows where a script did not run.
    ("navigation", 12, r"(requires|enable|please turn on) javascript|javascript (is )?(disabled|required)|"
                       # a video player's dialog text
                       r"^\W*(this is a modal window|(beginning|end) of dialog window)\b"),
    # A page's legal imprint: its publisher, registration and editor-in-chief.
    ("copyright", 20,
     r"^\W*(impressum|imprint|mentions légales|aviso legal|expediente|colophon|выходные данные)\W*$|"
     r"свидетельство о регистрации сми|\b(legal information|informations légales|rechtliche hinweise|"
     r"información legal|informações legais|note legali|правовая информация)\b|^\W*(учредитель|главный редактор)\s*:|^\W*(herausgeber|directeur de la publication)\s*:"),
    # The comment section's rules: "We moderate comments to ...", "As you comment, please be respectful ...".
    ("comments", 60, COMMENT_RULES),
    # The publisher behind the site: "Example is part of Example Media, an international media group".
    # A phone number, fax or postal code on a line of the page's contact box: "Tel.: +49 69 380 795 200".
    # A block that is only an e-mail address, a handle or a US street address: tried at the block's start only; a phone
    # number anywhere, in the next family: its words ("tel", "phone") tell where.
    ("contact-info", 25, CONTACT_ADDRESSES),
    ("contact-info", 25, CONTACT_PHONES),
    # a press office's label before its name, address or number: "Media contact: ...", "Ufficio stampa: ..."
    ("contact-info", 25, PRESS_CONTACTS),
    # Notices the law or the data vendor asks for: delayed quotes, the FDA's supplement disclaimer.
    ("disclaimer", 100, r"\bquotes? (are )?delayed\b|not been evaluated by the food and drug administration|"
                       r"not intended to diagnose, treat, cure|"
                       # a site's general disclaimer: "The information provided on this website is ..."
                       r"\binformation (provided|contained|presented|published) (on|in) this (web ?site|site|blog)\b|"
                       r"(^|[.!?]\s+)\W*(this|the|all|any|our) (article|content|information|site|website|material|post|blog|"
                       r"page)s?\b"
                       r"[^.!?]{0,80}(\bfor (general )?informational purposes only\b|\bdoes not constitute (legal|"
                       r"financial|medical|investment|professional) advice\b)"),
    ("copyright", 40, r"\bis part of [\w .,&'’-]{2,60}?,? an? ([\w-]+ ){0,3}(media|publishing) (group|company|publisher)"),
    ("copyright", 40,
     r"(©|\(c\) ?\d{4}|" + COPYRIGHT_WORD + "|" + RIGHTS_RESERVED_NOTICE + r"|(personal|private),? non-?commercial use only)"),
    ("reading-time", 8,
     r"^\W*(\d+\s*(-| )?(min(ute)?s?|minuten|minutos|minuti|мин(ут[аы]?)?|分钟|分鐘|分)\.?\s*(read|de lecture|"
     r"de lectura|de leitura|di lettura|lesezeit|чтения|阅读|閱讀|で読めます)|(lesezeit|temps de lecture|"
     r"tiempo de lectura|tempo de leitura|tempo di lettura|время чтения|reading time)\W*\d+)"),
    ("affiliate-disclosure", 60,
     r"(we may (earn|receive) (a )?(small )?(commission|compensation)|affiliate links?|"
     r"if you (buy|purchase) (something|anything|a product) through (this|our|these) (post|article|links?)|"
     r"earn (a|an) (small )?(affiliate )?commission|enthält affiliate|liens d'affiliation|enlaces de afiliados|"
     r"links de afiliados|link di affiliazione|link affiliati|партн[её]рские ссылки|アフィリエイトリンク|推广链接|推廣連結)"),
    ("navigation", 4,
     r"^\W*(home|menu|search|skip to (main )?content|back to top|next|previous|(next|previous|prev)( \w+){0,2} (article|story|post|news)|"
     r"loading\.*|close|open|more|show more|view more|load more|sections|log ?in|sign in|register|"
     r"startseite|suche|accueil|recherche|inicio|buscar|início|pesquisar|cerca|главная|поиск|首页|首頁|ホーム|홈|"
     # "Home", "Menu" and "Search" in more languages of the news: Turkish, Indonesian, Hindi, Thai, Vietnamese, Polish,
     # Arabic, Ukrainian, Dutch, Japanese, Korean, Chinese
     r"anasayfa|ana sayfa|beranda|होम|मुखपृष्ठ|หน้าแรก|trang chủ|strona główna|الرئيسية|الصفحة الرئيسية|головна|"
     r"menü|меню|メニュー|메뉴|菜单|選單|zoeken|szukaj|пошук|arama|pencarian|खोजें|ค้นหา|tìm kiếm|بحث|検索|검색|搜索|"
     # the footer's links
     r"contact us|about us|customer service|site ?map|careers|advertise( with us)?|terms of (use|service)|"
     r"terms and conditions|faq|help center|kontakt|contacto|contato|contatti|контакты|お問い合わせ)\W*$"),
    # A breadcrumb trail: "News > Politics > Courts", "Mensagens » Autoestima » ...".
    ("navigation", 20, r"^([^»›>]{1,40}\s[»›>]\s){2,}[^»›>]{1,80}$"),
    ("navigation", 2, TAG_HEADING),
    # The page's tag line: "Filed under: Politics, Courts", "Tags: ...".
    ("navigation", 25, TAG_LINE),
    # What a form says back: "Thanks for contacting us.", "An error has occurred, please try again later."
    ("form-message", 40,
     r"^\W*(thanks|thank you) for (contacting|your (submission|feedback|message))|"
     r"(an error has occurred|something went wrong|there was an error)[^.!]{0,60}(try again|processing)|"
     r"activation link has (just )?been sent|please (check your e-?mail|activate your (account|subscription))|"
     # the form's confirmation that a mail is on its way: "Wir haben Ihnen eine E-Mail mit einem Bestätigungslink gesendet"
     r"\bbestätigungslink\b|wir haben (ihnen|dir) (eine|soeben eine) e-?mail|"
     r"(e-?mail|courriel) de confirmation vous a été envoyé|(te|le) hemos enviado un (correo|e-?mail)|"
     r"enviamos um e-?mail (de confirmação )?para|ti abbiamo inviato (una|un['’]) ?e-?mail|"
     r"^\W*(thank you|thanks|sorry)\W*$"),

    ("navigation", 6,
     r"^\W*(play now|replay|watch now|learn more|submit|keep me (logged|signed) in|forge?t (your )?password\??|"
     r"(link to|embed) this (video|article|story)|more videos( \(\d+ of \d+\))?|"
     r"these are external links and will open in a new window|share this with|copy (this )?link|print (this )?(article|page)|"
     r"order reprints|(sign|log) in with( or)?|mehr erfahren|en savoir plus|más información|saiba mais|"
     r"scopri di più|подробнее|詳しくはこちら|了解更多)\W*$"),
]

# Jetpack's like button and what its widget says while it loads, in WordPress's translations.
_LIKE = r"like|gefällt mir|j'aime|j’aime|me gusta|curtir|gostar|mi piace|vind-ik-leuk|нравится|polub|beğen|suka|いいね|赞|좋아하기"
_LOADING = (
    r"loading|laddar( in)?|indlæser|laster|ladataan|načítání|se încarcă|betöltés|φόρτωση|טוען|завантаження|đang tải|"
    r"wird geladen|chargement|cargando|carregando|a carregar|caricamento|laden|загрузка|wczytywanie|yükleniyor|memuat|"
    r"読み込み中|正在加载|載入中|가져오는 중"
)

# The strings blog and news platforms print around an article (WordPress and Jetpack, Blogger, Disqus, Medium,
# Substack, Ghost, Drupal, news sites' players, paywalls and tools), in their own translations. Most are whole
# lines, so they are anchored at both ends: "Like" or "Print" alone on a line is a button, "I like this print" is not.
PLATFORM_FAMILIES: list[tuple[str, int, str]] = [
    # Jetpack's sharing and likes headings: "Share this:", "Teilen mit:", "Curtir isso:", "いいね:"
    ("share-prompt", 6,
     r"^\W*(share this|like this|teilen mit|gefällt mir|partager|j'aime|j’aime|comparte esto|compártelo|me gusta esto|"
     r"compartilhe isso|compartilhe|curtir isso|partilhe isto|partilhar|gostar disto|condividi|mi piace|delen|"
     r"vind ik leuk|поделиться( ссылкой)?|нравится|lubię to|bunu paylaş|bunu beğen|bagikan ini|suka ini|"
     r"共有|いいね|分享此文|分享到|赞过|请按赞|請按讚|이 글 공유하기|이것이 좋아요|공유하기|"
     r"dela det här|gilla detta|del dette|synes godt om|lik dette|jaa tämä|tykkää tästä|sdílejte|"
     r"to se mi líbí|distribuie asta|apreciază asta|kedvelés|κοινοποιήστε αυτό|μου αρέσει αυτό|"
     r"شارك هذه|معجب بهذه|שתף|אהבתי את זה|подобається|thích bài này|इसे साझा करें|"
     r"इसे पसंद करें)\s*[:：]?"
     # ... with the likes widget still loading: "Like Loading...", "Gefällt mir Wird geladen …"
     r"(\s*(" + _LIKE + r"))?(\s+(" + _LOADING + r")\W*)?\W*$"),
    ("share-prompt", 6,
     r"^\W*(" + _LIKE + r")(\s+like)?\s+(" + _LOADING + r")\W*$"),
    # Jetpack's buttons as screen readers get them: "Click to share on Twitter (Opens in new window)"
    ("share-prompt", 20,
     r"^\W*(click to (share|email|print)|klicken,? um|cliquez pour (partager|envoyer|imprimer)|"
     r"haz clic para (compartir|enviar|imprimir)|clique para (compartilhar|partilhar|enviar|imprimir)|"
     r"fai clic per (condividere|inviare|stampare)|klik om (te delen|te e-?mailen|af te drukken)|"
     r"нажмите,? чтобы (поделиться|отправить|распечатать)|kliknij,? aby (udostępnić|wysłać|wydrukować)|"
     r"klik untuk (berbagi|membagikan|mengirim|mencetak)|クリックして|点击以|點擊以|클릭하여)"),
    # ... in Turkish, after the network's name: "Twitter'da paylaşmak için tıklayın"
    ("share-prompt", 20, r"\b(paylaşmak|göndermek|yazdırmak) için tıklayın"),
    # The likes and shares counters: "One blogger likes this.", "12 bloggers like this.", "0 Shares", "1.2K Followers"
    ("share-prompt", 10,
     r"^\W*(be the first to like this|(one|\d+) bloggers? likes? this|[\d.,]+\s*[km]?\s+(shares|followers)|"
     r"sei der erste, dem dies gefällt|soyez le premier à aimer (ceci|cet article)|sé el primero en decir que te gusta|"
     r"seja o primeiro a curtir)\W*$"),
    # Share, save and gift buttons: "Pin It", "Print Friendly, PDF & Email", "Gift this article", "Link copied"
    ("share-prompt", 8,
     r"^\W*(pin it|reblog|share via|email a link to a friend|print friendly,? pdf (&|and) e-?mail|more sharing options|share full article|"
     r"(save|gift) (this )?(article|story)|gift article|saved|link copied|copied to clipboard|link kopiert|"
     r"artikel (teilen|merken|verschenken)|lien copié|enlace copiado|link copiado|link copiato|ссылка скопирована|"
     r"link skopiowany|bağlantı kopyalandı|tautan disalin|链接已复制|連結已複製|링크가 복사되었습니다)\W*$"),
    # Rows of share buttons: "Share on Facebook Share on Twitter", Blogger's "Email ThisBlogThis!Share to Twitter..."
    ("share-prompt", 20, r"^\W*(email this\W*)?(blogthis!\W*)?((share|post) (on|to|via) \w+\W*){2,}$"),
    # Related posts under the article, in Jetpack's translations: "Related", "Ähnliche Beiträge", "Похожее"
    ("related-links", 4,
     r"^\W*(ähnliche beiträge|verwandte (artikel|beiträge)|similaire|articles similaires|relacionad[oa]s?|"
     r"(artigos|posts|entradas|artículos) relacionad[oa]s|correlati|articoli correlati|gerelateerd|похожее|"
     r"похожие (записи|статьи)|podobne( wpisy)?|benzer yazılar|ilgili|terkait|関連|相关(文章)?|相關(文章)?|관련 글|"
     r"similar posts|relaterade|relateret|relatert|aiheeseen liittyy|související|similare|kapcsolódó|σχετικά|ذات صلة|"
     r"קשור|схоже|có liên quan|संबंधित)\W*$"),
    # Medium's and Substack's: "Member-only story", "See all from Jane Roe", its footer's row of links
    ("promo", 4, r"^\W*member-only story\W*$"),
    ("related-links", 8, r"^\W*see all from\b"),
    ("navigation", 20,
     r"^\W*(help|status|about|careers|press|blog|privacy|terms|text to speech|teams|rules)"
     r"(\W+(help|status|about|careers|press|blog|privacy|terms|text to speech|teams|rules)){4,}\W*$"),
    # Blogger's labels: "Labels: politics, budget"
    ("navigation", 25, r"^\W*(labels|libellés|etiketten|marcadores|etichette|ярлыки|label)\s*[:：]"),
    # The post's footer on Blogger and Drupal: "Posted by Jane Roe at 10:32 AM", "Submitted by admin on Tue, ..."
    ("byline", 12,
     r"^\W*(posted by|eingestellt von|publicado por|postado por|publié par|pubblicato da|diposting oleh|gepost door|"
     r"автор:|dodane przez|gönderen)\s[^.!?]{1,40}\s(at|um|en|às|à|alle|di|op|на|o|zaman)\s\d{1,2}[:.]\d{2}"
     r"(\s?[ap]\.?m\.?)?\W*$|^\W*submitted by \S+( \S+)? on \w{3},? \d"),
    # The comment form's notes: Akismet, the subscription boxes, the reply and login links, Disqus.
    ("comments", 40, r"akismet|아키스밋|\bpowered by disqus\b|comments powered by\b"),
    # the closed comment section's line, alone: "Comments are closed for this article.", "Kommentare sind geschlossen."
    ("comments", 10,
     r"^\W*(comments (are|have been) (now )?closed( (for|on) this (article|story|post|page))?|"
     r"(die )?kommentar(e|funktion) (sind|ist) (geschlossen|deaktiviert)|les commentaires sont (fermés|clos)|"
     r"(los )?comentarios (están|han sido) cerrados|(os )?comentários (estão|foram) (fechados|encerrados)|"
     r"i commenti sono chiusi|комментарии закрыты|коментарі закрито|komentarze (są )?(wyłączone|zamknięte)|"
     r"komentáře (jsou )?uzavřeny|reacties (zijn )?gesloten|kommentarer (är|er) (stängda|lukket|stengt)|"
     r"kommentointi on suljettu|yorumlar(a)? kapa(lı|tılmıştır)|komentar (ditutup|dinonaktifkan)|"
     r"comentariile sunt închise|a hozzászólások le vannak zárva|τα σχόλια είναι κλειστά|"
     r"コメントは受け付けていません|评论已关闭|評論已關閉|댓글이 닫혔습니다)\W*$"),
    ("comments", 25, COMMENT_DATA),
    ("comments", 25, COMMENT_NOTIFY),
    ("comments", 8,
     r"^\W*(cancel reply|antworten abbrechen|annuler la réponse|cancelar (la )?respuesta|cancelar resposta|"
     r"annulla risposta|reactie annuleren|отменить ответ|anuluj( pisanie)? odpowiedzi|yanıtı iptal et|"
     r"batalkan balasan|コメントをキャンセル|取消回复|取消回覆|응답 취소|답글 취소|"
     # "Leave a reply" and "Post a comment" in the translations the other platforms use
     r"add (new|a) comment|kommentar (verfassen|schreiben|hinzufügen)|ajouter un commentaire|"
     r"enregistrer un commentaire|publicar un comentario|postar um comentário|posta un commento|posting komentar|"
     r"een reactie (posten|achterlaten|plaatsen)|отправить комментарий|добавить комментарий|"
     r"(dodaj|napisz) komentarz|bir (yanıt|cevap|yorum) (yazın|yaz|bırakın)|yorum yap|コメントを(書く|投稿)|"
     r"kirjoita kommentti|jätä kommentti|skriv en kommentar|lämna en kommentar|legg igjen en kommentar|"
     r"efterlad en kommentar|napište komentář|napíšte komentár|scrie un comentariu|lasă un comentariu|"
     r"írj hozzászólást|szólj hozzá|γράψτε (ένα )?σχόλιο|deixa un comentari|"
     r"发表评论|留言|댓글 (달기|쓰기)|"
     # Blogger's "No comments:"
     r"no comments( yet)?|keine kommentare|no hay comentarios|nenhum comentário|sem comentários|aucun commentaire|"
     r"nessun commento|tidak ada komentar|geen (opmerkingen|reacties)|комментариев нет|нет комментариев|"
     r"brak komentarzy|yorum yok|コメントはまだありません|暂无评论|尚無評論|댓글이 없습니다|"
     # the buttons that open and close the comment section
     r"(hide|close|collapse|show|view|open) (all )?comments|kommentare (ausblenden|einblenden|anzeigen)|"
     r"(masquer|afficher|voir) les commentaires|(ocultar|mostrar|ver) (los )?comentarios|"
     r"(ocultar|mostrar|ver) (os )?comentários|(nascondi|mostra|vedi) (i )?commenti|reacties (verbergen|tonen|bekijken)|"
     r"(toon|bekijk) reacties|(скрыть|показать) комментарии|(ukryj|pokaż) komentarze|yorumları (gizle|göster)|"
     r"(sembunyikan|lihat|tampilkan) komentar|コメントを(表示|隠す)|(查看|隐藏|显示)评论|(查看|隱藏|顯示)評論|댓글 (보기|숨기기))"
     r"(\s*\(?\d+\)?)?\W*$"),
    ("comments", 25, COMMENT_LOGIN),
    # what the sharing and subscription forms say back: "Post was not sent - check your email addresses!"
    ("form-message", 12,
     r"^\W*(post was not sent|email check failed|sorry, your blog cannot share posts by e-?mail)"),
    ("newsletter", 12,
     r"^\W*(subscribe subscribed|follow following|sign me up|subscribe to get the latest posts)\b"),
    # WordPress's post navigation and the footer of a post: "Post navigation", "Posted in Uncategorized"
    ("navigation", 6,
     r"^\W*(posts? navigation|beitrags-?navigation|navigation des articles|navegación de entradas|"
     r"navegação de (posts|artigos)|navigazione articoli|berichtnavigatie|навигация по записям|nawigacja wpisu|"
     r"yazı (dolaşımı|gezinmesi)|navigasi pos|投稿ナビゲーション|文章导航|文章導覽|글 (내비|네비)게이션|"
     r"inläggsnavigering|indlægsnavigation|innleggsnavigasjon|artikkelien selaus|navigace (pro )?příspěvk\w*|"
     r"navigare în articole|bejegyzés navigáció|πλοήγηση άρθρων|تصفّح المقالات|تصفح المقالات|ניווט מאמרים|"
     r"навігація записів|điều hướng bài viết|पोस्ट नेविगेशन|"
     # the links to the blog's previous and next posts
     r"(vorheriger|nächster) (beitrag|artikel)|(article|billet) (précédent|suivant)|"
     r"(entrada|artículo|noticia) (anterior|siguiente)|(post|artigo|matéria|notícia) anterior|"
     r"próxim[oa] (post|artigo|matéria|notícia)|articolo (precedente|successivo)|(vorig|volgend) (bericht|artikel)|"
     r"(предыдущая|следующая) (запись|статья|новость)|(poprzedni|następny) (wpis|artykuł)|(önceki|sonraki) (yazı|haber)|"
     r"(pos|artikel) (sebelumnya|berikutnya|selanjutnya)|(前|次)の(投稿|記事)|上一篇(文章)?|下一篇(文章)?|(이전|다음) 글)"
     r"\W*$"),
    # Blogger's pager: "Newer Post Older Post Home", "Neuerer Post Älterer Post Startseite"
    ("navigation", 12,
     r"^\W*((newer|older) posts?|(neuerer|älterer) post|entrada (más reciente|antigua)|postagem mais (recente|antiga)|"
     r"article plus (récent|ancien)|post più (recente|vecchio)|posting (lebih baru|lama)|(nieuwere|oudere) post|"
     r"(следующее|предыдущее) сообщение)(\W+((newer|older) posts?|(neuerer|älterer) post|"
     r"entrada (más reciente|antigua)|postagem mais (recente|antiga)|article plus (récent|ancien)|"
     r"post più (recente|vecchio)|posting (lebih baru|lama)|(nieuwere|oudere) post|(следующее|предыдущее)( сообщение)?|"
     r"home( ?page)?|startseite|inicio|página inicial|accueil|beranda|главная( страница)?))*\W*$"),
    # Blogger's feed links: "Subscribe to: Post Comments (Atom)"
    ("navigation", 8, r"\(atom\)\W*$"),
    # "Posted in Uncategorized", "Posted in News | Tagged budget, council": a line, not a sentence (no end mark).
    ("navigation", 25,
     r"^\W*(posted in|filed in|categorized in|tagged|veröffentlicht (unter|in)|publié dans|classé dans|publicado en|"
     r"publicado em|pubblicato in|geplaatst in|опубликовано в|рубрика|opublikowano w|kategorisiz|"
     r"dipublikasi(kan)? (di|dalam)|ditulis dalam|発表在|发表在|發表在)\s([^.!?]*[,|•·][^.!?]*|\S+( \S+){0,3})$|"
     r"^\W*(this (entry|post) was posted in|bookmark the permalink)\b"),
    # WordPress's sidebar widgets and their headings
    ("navigation", 8,
     r"^\W*(recent (posts|comments|articles)|archives|categories|blog archive|search for|links to this post|"
     r"follow (this )?blog via e-?mail|subscribe to (this )?blog via e-?mail|view site in reader|manage subscriptions|"
     r"report this content|"
     r"neueste (beiträge|kommentare)|articles récents|commentaires récents|entradas recientes|comentarios recientes|"
     r"(posts|artigos) recentes|comentários recentes|articoli recenti|commenti recenti|recente (berichten|reacties)|"
     r"свежие (записи|комментарии)|najnowsze (wpisy|komentarze)|son (yazılar|yorumlar)|(pos-pos|tulisan|komentar) terbaru|"
     r"最近の(投稿|コメント)|近期(文章|评论)|最新(文章|留言)|최근 (글|댓글)|"
     # "Skip to content" in WordPress's translations
     r"zum inhalt springen|aller au contenu( principal)?|(saltar|ir) al contenido( principal)?|ir para o conteúdo|"
     r"(salta|vai) al contenuto|naar de inhoud springen|перейти к (содержимому|содержанию)|przejdź do (treści|zawartości)|"
     r"içeriğe (geç|atla)|langsung ke (konten|isi)|コンテンツへスキップ|跳至内容|跳至主要內容|콘텐츠로 건너뛰기|"
     # Drupal's
     r"printer-friendly version|main navigation|you are here)\W*$"),
    # The platform named in the footer: "Proudly powered by WordPress", "Blog at WordPress.com."
    ("copyright", 20,
     r"(powered by|propulsé par|präsentiert von|gracias a|creado con|mantido com|desenvolvido com|desenvolvido por|"
     r"ondersteund door|работает на|wspierane przez|ditenagai|採用|采用)\s*(wordpress|blogger|ghost|drupal|joomla)"
     r"(\.(com|org))?(\W*$|\s*[|·•–—-])|\bwordpress tarafından|\b(blog|website) at wordpress\.com|"
     r"^\W*create a free (website|blog)\b"),
    # the theme credited beside it: "Theme: Twenty Seventeen by WordPress.org"
    ("copyright", 12, r"^\W*(theme|thème|tema|motyw)\s*:\s*[^.]{1,40}\bby\b"),
    # "Continue reading": a link to the rest of the post, or past a box inside it.
    ("navigation", 12,
     r"^\W*(continue reading|keep reading|lire la suite|sigue leyendo|seguir leyendo|leer más|continuar lendo|"
     r"continuar a ler|continua a leggere|leggi tutto|lees verder|lees meer|читать далее|продолжить чтение|"
     r"читать полностью|czytaj dalej|czytaj więcej|okumaya devam et|devamını oku|haberin devamı|lanjutkan membaca|"
     r"baca selengkapnya|selengkapnya|続きを読む|もっと読む|继续阅读|繼續閱讀|阅读全文|閱讀全文|展开全文|展開全文|"
     r"계속 읽기|전체 기사 보기|fortsätt läsa|läs vidare|læs videre|les mer|les videre|lue lisää|jatka lukemista|"
     r"číst dál|pokračovat ve čtení|citește mai mult|citește continuarea|tovább olvasom|διαβάστε περισσότερα|"
     r"اقرأ المزيد|המשך קריאה|читати далі|đọc tiếp|आगे पढ़ें|और पढ़ें)(\s+(the main story|this (story|article)|the (story|article)))?(\W*$|\s*[“\"‘'«])"),
    # The ad slot's note that the article goes on below it: "Advertisement - Continue Reading Below"
    ("advertisement", 12,
     r"^\W*((advertisement|ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklama|iklan)"
     r"\W+)?(continue reading below|(story|article) continues below( (this )?(advertisement|ad))?|scroll to continue( with content)?|"
     r"weiter nach der anzeige|lesen sie nach der anzeige weiter|la suite après (cette|la) publicité|"
     r"(continúa|sigue) (después|tras) (de )?(la publicidad|el anuncio)|continua (após a|depois da) publicidade|"
     r"continua dopo la pubblicità|lees verder na de advertentie|продолжение (после рекламы|ниже)|"
     r"(dalsza część|dalszy ciąg) (artykułu|tekstu|materiału) pod (reklamą|materiałem wideo)|"
     r"haberin devamı reklamdan sonra|scroll untuk melanjutkan|(lanjutkan|gulir) (dengan|ke) konten|"
     r"(artikeln|texten) fortsätter (efter|under) annonsen|mainos päättyy|pokračování (článku )?pod reklamou|"
     r"articolul continuă (după|sub) reclamă|a cikk a hirdetés után folytatódik|η συνέχεια μετά τη διαφήμιση|"
     r"يتبع بعد الإعلان|הכתבה (ממשיכה|נמשכת) אחרי הפרסומת|продовження після реклами)\W*$"),
    ("advertisement", 6,
     r"^\W*(skip ad|skip advertisement|werbung überspringen|passer la publicité|(saltar|omitir) (el )?anuncio|"
     r"pular anúncio|salta (la )?pubblicità|advertentie overslaan|пропустить рекламу|pomiń reklamę|reklamı geç|"
     r"lewati iklan|広告をスキップ|跳过广告|略過廣告|광고 건너뛰기)(\s*(in )?\d+)?\W*$"),
    # A news site's tools: print, text size, listen, report an error.
    ("navigation", 8,
     r"^\W*(drucken|imprimer|imprimir|stampa|afdrukken|printen|печать|версия для печати|drukuj|yazdır|cetak|"
     r"印刷|打印|인쇄|skriv ut|tulosta|tisk|tisknout|printează|nyomtatás|εκτύπωση|طباعة|הדפסה|друк|in bài viết|"
     r"font size|text size|textgröße|schriftgröße|taille (du texte|de (la )?police)|tamaño de (letra|(la )?fuente|texto)|"
     r"tamanho d[ao] (fonte|letra|texto)|dimensione (del )?(testo|carattere)|lettergrootte|tekstgrootte|"
     r"размер (шрифта|текста)|rozmiar (czcionki|tekstu)|yazı boyutu|ukuran (huruf|font|teks)|文字サイズ|字号|字體大小|"
     r"字体大小|글자\s?크기|"
     r"listen to (this|the) (article|story)|listen to article|listen( now)?|audio|artikel (vorlesen|anhören)|vorlesen|"
     r"écouter (cet |l')article|escuchar (este |el )?(artículo|noticia|nota)|escucha (este artículo|esta noticia)|"
     r"ouvir (este artigo|esta notícia|o artigo)|ouça (este artigo|esta notícia|a notícia)|"
     r"ascolta (l'articolo|questo articolo)|luister naar (dit|het) artikel|(слушать|прослушать) (статью|новость)|"
     r"posłuchaj( tego)? artykułu|(haberi|makaleyi) dinle|dengarkan (artikel|berita)( ini)?|(この)?記事を聞く|"
     r"听新闻|收听本文|기사 듣기|lyssna på (artikeln|texten)|kuuntele artikkeli|poslechněte si článek|"
     r"ascultă articolul|hallgassa meg a cikket|ακούστε το άρθρο|استمع إلى (المقال|المقالة)|האזינו לכתבה|"
     r"слухати статтю|nghe bài viết|"
     r"report an? (error|typo|correction|mistake)|fehler melden|signaler une (erreur|faute|coquille)|"
     r"(reportar|notificar|informar de) un error|(reportar|comunicar|relatar) (um )?erro|segnala (un )?errore|"
     r"fout melden|сообщить об ошибке|zgłoś błąd|hata bildir|laporkan kesalahan|报错|纠错|오류\s?신고)"
     r"(\W+(a[-+]?|\d{1,2}:\d{2}|\d+ min))*\W*$"),
    ("navigation", 25,
     r"^\W*((spotted|found|see|saw|notice(d)?) an? (error|typo|mistake)|нашли (ошибку|опечатку)|"
     r"fehler gefunden|vous avez (repéré|trouvé) une (erreur|faute))\b[^.!?]{0,30}\?"),
    # the note of a typo reporting widget: "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"
    ("navigation", 25, r"ctrl ?\+ ?enter\W*$|(выделите|выделив|select|markieren|sélectionnez|zaznacz|selecciona|"
                       r"seleziona)\b[^.!?]{0,60}ctrl ?\+ ?enter"),
    ("navigation", 4, r"^\W*a[-+]?(\s+a[-+]?){1,3}\W*$"),
    # Photo galleries and video players
    ("navigation", 6,
     r"^\W*(photo gallery|photo galleries|(previous|next) (image|photo|slide)|fullscreen|full screen|video|videos|"
     r"mute|unmute|now playing|autoplay|"
     r"bildergalerie|fotostrecke|galerie (photos?|d'images)|galería (de )?(fotos|imágenes)|galeria de (fotos|imagens)|"
     r"galleria fotografica|fotogallery|fotogalleria|fotoserie|фотогалерея|фоторепортаж|galeria zdjęć|foto ?galeri|"
     r"galeri foto|フォトギャラリー|写真特集|图集|组图|圖集|포토\s?갤러리|"
     r"video abspielen|lire la vidéo|reproducir (el )?v[íi]deo|reproduzir (o )?vídeo|riproduci (il )?video|"
     r"video afspelen|смотреть видео|odtwórz (wideo|film)|videoyu oynat|putar video|動画を再生|播放视频|동영상 재생)\W*$"),
    ("navigation", 20, r"your browser does not support (the )?(video|audio|html5 video)"),
    # A gallery's counter alone on its line: "1 / 12", "Foto 3 di 15", "Bild 2 von 8" (between the article's
    # paragraphs, under each picture: not the furniture closing the article, as "navigation" is)
    ("gallery-counter", 4,
     r"^\W*((photo|image|picture|slide|foto|bild|imagen|imagem|immagine|фото|zdjęcie)\s*)?\d{1,3}\s*"
     r"(/|of|von|de|di|sur|из|z|van|av|af)\s*\d{1,3}\W*$"),
    # A recipe card's buttons: "Jump to recipe", "Print recipe", "Rate this recipe", "Stampa la ricetta"
    ("navigation", 4,
     r"^\W*((jump to|print|save|pin|rate( this)?) recipe|rezept (drucken|speichern|bewerten)|"
     r"imprimer (la )?recette|imprimir (la )?receta|imprimir (a )?receita|stampa (la )?ricetta|recept (afdrukken|printen)|"
     r"drukuj przepis|распечатать рецепт|tarifi yazdır)\W*$"),
    # A podcast's "subscribe" line naming the apps: "Subscribe on Apple Podcasts, Spotify or wherever you get ..."
    ("promo", 25,
     r"^\W*(subscribe|listen|follow|abonnez-vous|écoutez|abonnieren sie|hören sie|suscríbete|escucha|siga|ouça|"
     r"iscriviti|ascolta|abonneer|luister|подпишитесь|слушайте)\b[^.!?]{0,60}\b(apple podcasts|spotify|deezer|"
     r"google podcasts|amazon music|wherever you (get|listen to) (your )?podcasts)\b"),
    # Paywall and login prompts: "Subscribe to continue reading", "Already a subscriber? Log in"
    ("promo", 25,
     r"^\W*((subscribe|sign in|log in|register|create a free account) to (continue|keep) reading|"
     r"(this (article|story|content|post) is )?(for|available to) (paid )?subscribers only|this post is for paid subscribers|"
     r"already (a subscriber|have an? ([\w.]+ )?account)\?|subscribe for unlimited (digital )?access|"
     r"you('ve| have) reached your (limit|maximum) of free articles|keep reading with a \d+-day free trial|"
     r"(dieser artikel ist )?nur für abonnenten|bereits abonnent|schon abonnent|"
     r"article réservé aux abonnés|déjà abonné|contenido exclusivo para suscriptores|¿?ya eres suscriptor|"
     r"conteúdo exclusivo para assinantes|já é assinante|contenuto riservato agli abbonati|sei già abbonato|"
     r"alleen voor abonnees|al abonnee|уже подписаны|(masz już|posiadasz) (konto|subskrypcję|prenumeratę)|"
     r"zaten abone misiniz|sudah berlangganan|有料会員限定|この記事は有料|会員限定記事|유료 회원 전용)"),
    ("promo", 8, r"^\W*(read|open) in (the )?app\W*$|^\W*打开app阅读\W*$"),
    # the paywall's login offer after its call: "Jetzt weiterlesen mit Plus. Bereits Abonnent? Hier anmelden"
    ("promo", 16,
     r"\b(already a subscriber|bereits abonnent(in)?|schon abonnent(in)?|déjà abonné(e)?|ya eres suscriptor(a)?|"
     r"já é assinante|sei già abbonato|al abonnee)\s*\?\s*(hier |ici |aquí |aqui |qui )?"
     r"(log ?in|sign in|anmelden|einloggen|se connecter|connectez-vous|inicia sesión|entre|entra|accedi|inloggen)\W*$"),
    # Substack's and Ghost's subscription boxes and what they say back
    ("newsletter", 40,
     r"^\W*(thanks for reading\b.{0,80}\bsubscribe|subscribe for free to receive new posts|type your e-?mail|"
     r"give a gift subscription|discover more from [^.!?]{1,60}$|ready for more\?\W*$|sign up for more like this|"
     r"enter your e-?mail address to (follow|subscribe)|join [\d,.]+ other (followers|subscribers))"),
    # A feedback form's promises: "Your feedback will go directly to the editors", "We do not guarantee individual
    # replies", "Thank you for taking your time to send in your valued opinion"
    ("form-message", 40,
     r"^\W*(your (feedback|message|opinion|comments?) will (go|be sent|be forwarded) (directly )?to\b|"
     r"we (do not|don't|cannot|can't) guarantee (individual|personal) (replies|responses|answers)|"
     r"thank you for taking (the |your )?time to (send|share|give|leave)( in)? your\b|"
     r"you can be assured (that )?our editors\b|"
     r"ihr (feedback|kommentar|hinweis) wird (direkt )?an [^.!?]{1,40} weitergeleitet|"
     r"votre (avis|message|commentaire) sera (directement )?(transmis|envoyé)|"
     r"(tu|su) (mensaje|opinión|comentario) (será|se) (enviad|remitid)[oa]|"
     r"(sua|seu) (mensagem|opinião|comentário) será (enviad|encaminhad)[oa])"),
    # A marketer's footnote: "+Results vary depending on starting point, goals and effort", "Individual results may vary."
    ("disclaimer", 60, r"^\s*[*+†‡]\s*results (may |will )?vary\b|^\W*individual results (may |will )?vary\b"),
    # An invitation to the site's forums: "Join our Space Forums to keep talking space on the latest missions"
    ("promo", 40,
     r"^\W*join our ([\w-]+ ){0,3}(forums?|community|discussion boards?),? (to|and) (keep )?"
     r"(talk|discuss|chat|share)\w*\b"),
    ("form-message", 25,
     r"you(’|')ve successfully (signed up|signed in|subscribed)|your account is fully activated|"
     r"your billing info (has been|was) updated"),
]
FAMILIES += PLATFORM_FAMILIES

# A copyright notice of the page itself (not a "© Name" credit inside a caption): it closes the article.
COPYRIGHT_NOTICE = r"^\W*(©|\(c\)|" + COPYRIGHT_WORD + ")|" + RIGHTS_RESERVED_NOTICE

READ_ALSO_MORE = (
    r"también lee|lee además|mira también|ver también|vedi anche|leggi pure|à voir aussi|siehe auch|"
    r"lesen sie außerdem|czytaj również|przeczytaj także|дивіться також|"
    r"okumadan geçmeyin|bunlar da ilginizi çekebilir|xem tiếp|阅读更多|閱讀更多|"
    r"함께 보면 좋은 기사|شاهد أيضا|شاهد أيضاً|طالع أيضا|طالع أيضاً|اقرأ المزيد|इसे भी पढ़ें|ये भी देखें|यह भी देखें"
)

# "More tennis", "Mehr aus Kultur", "Plus de sport": "more" and a topic of a few words, alone on its line, heading the
# site's other stories on that topic. A subheading of the article may read so ("More questions"): the link lists
# detector takes it only after the article's prose, over a headline.
MORE_ON_TOPIC = (
    r"^\W*(more|mehr aus|mehr zu|mehr von|mehr|weitere|plus de|plus d'|más de|más|mais de|mais|altro da|altre|"
    r"altri|meer|mer från|mer fra|mere fra|fler|flere|mere|lisää|więcej|další|ещё|еще|больше|більше|daha fazla|"
    r"lebih banyak|thêm)"
    r"(\s+[^\W\d_][\w'’&-]*){1,3}\W*$"
)
# "Latest", "Markets latest", "Lo último", "Ultime notizie": the site's latest stories, headed so after the article.
LATEST_HEADING = (
    r"^\W*((the )?latest|lo último|lo más reciente|últimas noticias|últimas|ultime notizie|ultim'ora|"
    r"dernières (nouvelles|infos|actualités)|neueste (artikel|nachrichten|beiträge)|laatste nieuws|najnowsze|"
    r"последние новости|останні новини|son haberler|berita terbaru|tin mới( nhất)?|最新消息|最新新闻|最新新聞|"
    r"最新ニュース|최신\s?뉴스)(\s+[^\W\d_][\w'’&-]*){0,2}\W*$|^\W*[^\W\d_][\w'’&-]*( [^\W\d_][\w'’&-]*)? latest\W*$"
)

# The headings of the lists of other stories ("Most read", "You may also like") in the words news sites print
# in each language, alone on their line: the link lists detector takes the headlines listed under them.
RELATED_HEADINGS: list[tuple[str, int, str]] = [
    ("related-links", 8,
     r"^\W*(la rédaction vous conseille|les (articles )?plus (lus|populaires|partagés|commentés)|à lire également|"
     r"dans la même rubrique|sur le même thème|vous aimerez aussi|ces articles peuvent vous intéresser|"
     r"lo más (leído|visto|compartido)|(las |los )?más (leídas|leídos|vistas|vistos)|te recomendamos|"
     r"también te puede interesar|te podría interesar|otras noticias|más noticias|(notas|temas) relacionad[oa]s|"
     r"(as |os )?mais (lidas|lidos|vistas|vistos)|(notícias|matérias) relacionadas|você (também )?pode gostar|"
     r"outras notícias|mais notícias|recomendad[oa]s para você|"
     r"(i |le )?più (letti|lette|visti|viste)|ti potrebbe interessare|altre notizie|notizie correlate|"
     r"bekijk ook|meest (gelezen|bekeken)|lees meer over|gerelateerde artikelen|ook interessant|meer nieuws|"
     r"polecamy|najczęściej (czytane|komentowane)|najpopularniejsze|przeczytaj (też|także|również)|"
     r"więcej na ten temat|zobacz również|"
     r"ilgili haber|en çok okunan(lar| haberler)?|bunlar da ilginizi çekebilir|diğer haberler|benzer haberler|"
     r"самое (читаемое|популярное)|популярное|другие новости|(новости|материалы) по теме|рекомендуем|"
     r"ещё по теме|еще по теме|новини за темою|найпопулярніше|популярне|інші новини|рекомендуємо|"
     r"الأكثر (قراءة|مشاهدة|تداولا)|مواضيع ذات صلة|أخبار متعلقة|اخترنا لك|قد يعجبك أيضا|المزيد من \S+|"
     r"सबसे (ज्यादा|ज़्यादा) पढ़ी गई[ंं]?( खबरें)?|लोकप्रिय खबरें|अन्य खबरें|और खबरें|संबंधित ख़बरें|"
     r"(berita|artikel) (terpopuler|populer|lainnya)|terpopuler|paling banyak dibaca|rekomendasi untuk anda|"
     r"pilihan editor|berita lain|"
     r"mest (lest|leste|läst|lästa|læst|læste|delt|delte|delade|sett|sedda|sette)|luetuimmat|nejčtenější|"
     r"najčítanejšie|cele mai citite|legolvasottabb|"
     r"τα πιο δημοφιλή|δημοφιλή|הכי נקראים|پربازدیدترین|پربیننده‌ترین|সর্বাধিক পঠিত|আরও খবর|மேலும் செய்திகள்|"
     r"habari nyingine|pinakabagong balita|més llegides|les més llegides|"
     r"(tin )?(đọc|xem) nhiều( nhất)?|tin cùng chuyên mục|có thể bạn quan tâm|tin khác|tin nổi bật|"
     r"(bài viết|tin|tin tức) cùng (chuyên mục|chủ đề)|"
     r"още по темата|свързани (новини|статии)|подобни новини|още от \S+|"
     r"povezani članci|povezane (vijesti|vesti)|srodni članci|slične vijesti|slične vesti|још вести|повезане вести|"
     r"повезани чланци|související zprávy|další zprávy|súvisiace správy|ďalšie správy|"
     r"כתבות (קשורות|נוספות בנושא)|עוד בנושא|संबंधित लेख|संबंधित समाचार|আরও পড়ুন|متعلقہ مضامین|"
     r"παρόμοια άρθρα|διαβάστε περισσότερα|hasonló cikkek|további cikkek|aiheesta muualla|"
     r"habari (nyingine|zaidi)|iba pang balita|berita lain|"
     r"更多新闻|更多新聞|热点新闻|熱點新聞|热门推荐|熱門推薦|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|相關閱讀|精彩推荐|"
     r"点击排行|點閱排行|热门排行|排行榜|アクセスランキング|ランキング|おすすめ記事|あわせて読みたい|こちらもおすすめ|"
     r"注目記事|関連リンク|관련\s?뉴스|인기\s?뉴스|추천\s?기사|많이 본 기사|관련글|"
     r"meistgelesen(e)?( artikel)?|mehr lesen über|weitere artikel|top-themen|"
     r"best of \S+|latest (news|stories)|popular stories|in case you missed it|you may have missed|"
     r"more headlines|(from )?around the web|most (commented|watched)|top headlines)"
     + WORD_END + r"\W*$"),
    # ... and before the headline they point to: "More: County budget shortfall ...", "Te puede interesar: ..."
    ("related-links", 30,
     r"^\W*(more|te puede interesar|le puede interesar|puede interesarte|también te puede interesar|te recomendamos|"
     r"ti potrebbe interessare|potrebbe interessarti|vous aimerez aussi|à lire également|à voir aussi|"
     r"leia mais|veja mais|polecamy|zobacz również|przeczytaj (też|także|również)|bunu da okuyun|ilgili haber|"
     r"lees meer|bekijk ook|mehr zum thema|auch interessant|simak juga|rekomendasi|baca|simak)\s*[:：|]\s*\S"),
    # "Read also" in the words the READ_ALSO list lacks, as heading, before a headline, or before a colon
    ("related-links", 12, r"^(?!.{12,}[^.][.。!?][^\w.]*$)\W*(" + READ_ALSO_MORE + ")" + WORD_END),
    ("related-links", 30, r"^\W*(" + READ_ALSO_MORE + ")" + WORD_END + r"[^:：.!?]{0,20}[:：]\s*\S"),
]
FAMILIES += RELATED_HEADINGS

# Share, save and listen buttons and the prompts to follow, subscribe or get the app, in the words news sites
# print in each language (the English ones are above).
PROMPTS: list[tuple[str, int, str]] = [
    # a button alone on its line: "Partager sur Facebook", "Envoyer par e-mail", "شارك", "ツイート"
    ("share-prompt", 8,
     r"^\W*((partager|compartir|compartilhar|partilhar|condividi|teilen|delen|udostępnij|поделиться|поділитися|"
     r"paylaş|bagikan|chia sẻ)\s+(sur|en|no|na|em|su|auf|op|via|na|в|у|ke|lên)\s+\S+( \S+)?|שתפו ב\S+( \S+)?|"
     # ... in the added languages, with a network named ("Dela på Facebook", not "Dela på ansvaret", "Del på
     # regningen", "Comparteix a casa": a subheading's call to share a burden, a bill, a home)
     r"(dela|del|sdílet|zdieľať|comparteix|kongsi|distribuie|distribuiți)\s+(på|na|a|di|en|via|pe)\s+(facebook|twitter|x|linkedin|whatsapp|"
     r"messenger|telegram|pinterest|reddit|threads|bluesky|instagram|tiktok|e-?post|e-?mail|email|sms|"
     r"sociál\w*|sosiale|sociala|sociale|xarxes|media sosial)\w*( \S+)?|"
     # the button naming the article: "Zdieľajte článok", "Μοιραστείτε το άρθρο", "Kongsi artikel ini"
     r"(sdílejte|sdílet|zdieľajte|zdieľať|distribuie|distribuiți|μοιραστείτε|κοινοποιήστε|podijelite|podelite|"
     r"поделете|споделете|поширте|поділіться|kongsi|bagikan|shiriki|ibahagi|jaa|comparteix|megosztás|"
     r"chia sẻ)\s+(článek|článok|articolul|(το )?άρθρο|članak|статията|статтю|artikel ini|berita ini|habari hii|"
     r"ang (artikulong|balitang) ito|artikkeli|artikkelin|l'article|a cikket|bài viết|bài báo)|"
     # Finnish puts the network in a case ending: "Jaa Facebookissa"; the Nordic button names the article
     r"jaa \S+(ssa|ssä|lla|llä)|(del|dela) (artikkelen|artikeln|artiklen|saken|sagen)|"
     r"(envoyer|enviar|inviare|senden|versturen|wyślij|отправить|gönder|kirim)\s+(par|por|per|als|per|przez|по|ile|lewat|via)\s+"
     r"(e-?mail|courriel|correo|correio|почте|e-?posta)|"
     r"شارك|شاركها|شارك الخبر|शेयर करें|शेयर|ツイート|ポスト|공감|공감하기|"
     # "फेसबुक पर शेयर करें", "Споделете във Facebook": the network named before or after the call
     r"(फेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|एक्स|लिंक्डइन|टेलीग्राम|facebook|twitter|whatsapp|x) पर शेयर करें|"
     r"(сподели|споделете|подели|podijeli|podeli|κοινοποιήστε|поширити) (у|във|в|на|na|u|στο) \S+|"
     r"(salvar|guardar|sauvegarder|enregistrer|salva|speichern|merken|bewaren|zapisz|сохранить|kaydet|simpan|lưu)"
     r"( (o |l'|el |la |den |het )?(artigos?|artículos?|article|articolo|artikel|artykuł|статью|haberi|tin))?|"
     r"(ouvir|ouça|escuchar|écouter|ascolta|anhören|luister|posłuchaj|слушать|dinle|dengarkan|nghe)"
     r"( (o|a|el|la|le|il|den|het|de))? (texto|texte|testo|text|tekst|matéria|notícia|noticia|nota)|"
     r"글자\s?크기\s?(조정|변경|설정)|加入line(好友)?|加line好友)\W*$"),
    # the prompts to follow the site or get its app: "Obserwuj nas w Wiadomościach Google", "ऐप डाउनलोड करें"
    ("notification-prompt", 25,
     r"\b(obserwuj nas|підписуйтесь на наш|подписывайтесь на наш|takip edin|ikuti kami|theo dõi chúng tôi|"
     r"(join|follow|subscribe to) (our|the \S+) (whatsapp|telegram) channel)\b|"
     # "Urmărește-ne pe Google News", "Seuraa meitä Instagramissa": the call and a network (not "Følg oss på tur"),
     # not quoted in a sentence ('Kampanjen «Følg oss på TikTok» ga ...', 'Seuraa meitä Instagramissa -kampanja')
     r"(?<![«»\"„“”‚‘’])(?<![«»\"„“”‚‘’]\s)(urmărește-ne|urmăriți-ne|sledujte nás|følg oss|följ oss|følg os|seuraa meitä|segueix-nos|kövess(en)? minket|"
     r"ακολουθήστε μας|sundan kami|tufuate)\s+((pe|na|aj na|på|a|sa|στ\w*|kwenye)\s+)?(\w+\s+)?"
     r"(google|facebook|twitter|x|instagram|tiktok|youtube|linkedin|telegram|whatsapp|threads|bluesky|snapchat|"
     r"flipboard|pinterest|mastodon|φέισμπουκ|ίνσταγκραμ)\w*(?!\w)(?!\s?[-–]\w|\s?[«»\"„“”‚‘’]\s*\w)|تابعونا|تابعنا على|"
     r"(?<![«»\"„“”])עקבו אחרינו ב(פייסבוק|טוויטר|אינסטגרם|טלגרם|וואטסאפ|יוטיוב|טיקטוק|גוגל)(?![\"“”»])|"
     r"(?<![«»\"„“”])(ما را در \S+ دنبال کنید|ہمیں \S+ پر فالو کریں)(?![«»\"„“”])|"
     r"(हमारा |हमारे )?ऐप डाउनलोड करें|baixe (o|nosso) (app|aplicativo)|descarga (la|nuestra) app|"
     r"téléchargez (l'application|notre application)|scarica (l'app|la nostra app)|pobierz aplikację|"
     r"uygulamayı indir|unduh aplikasi|tải ứng dụng|下载app|下載app|アプリをダウンロード|앱 다운로드|"
     r"скачайте (наше )?приложение|завантажте (наш )?застосунок|حمل تطبيق|حمّل تطبيق"),
    ("newsletter", 30,
     r"\b(nieuwsbrief|meld je (nu )?aan voor|receba (no seu|em seu|por) e-?mail|zapisz się (do|na) newsletter|"
     r"abone ol)\b"),
    ("comments", 8, r"^\W*(praat mee|reageer( op dit artikel)?|discussieer mee)\W*$"),
    # a paywall's note: "Recurso exclusivo para assinantes"
    ("promo", 12,
     r"^\W*(\S+ )?(exclusiv[oa]s? (para|de) assinantes|exclusivo para suscriptores|réservé aux abonnés|"
     r"riservato agli abbonati|tylko dla (prenumeratorów|subskrybentów)|только для подписчиков|sadece abonelere)\W*$"),
    # ... and the same note naming the article: "Cet article est réservé aux abonnés", "This article is for
    # subscribers only", "Dieser Artikel ist exklusiv für Abonnenten", "هذا المحتوى متاح للمشتركين فقط"
    ("promo", 12,
     r"^\W*(this|the full|cet|cette|ce|dieser|diese|dieses|der|este|esta|este|questo|questa|deze|dit|ten|ta|это|"
     r"bu)\s+(article|story|content|piece|report|artikel|beitrag|inhalt|contenu|reportage|artículo|contenido|"
     r"artigo|conteúdo|reportagem|articolo|contenuto|artykuł|materiał|статья|материал|makale|haber|içerik)\s+"
     r"(is|est|ist|es|é|è|jest|—|-)?\s*(only |exclusively |exclusive |exclusivement |nur |exklusiv |exclusivamente |"
     r"exclusivo |exclusiva |esclusivamente |esclusivo |esclusiva |alleen |exclusief |tylko )?(for|available (only )?to|réservée? aux|für|para|per|riservat[oa] agli|"
     r"voor|dla|только для)\s+(paying |paid )?(subscribers|members|abonnés|abonnenten|suscriptores|assinantes|"
     r"abbonati|abonnees|abonnenten|prenumeratorów|subskrybentów|подписчиков|abonelere)( only)?\W*$|"
     r"^\W*هذا (المحتوى|المقال) (متاح|مخصص) (للمشتركين|للمشتركين فقط)( فقط)?\W*$|"
     r"^\W*il vous reste \d{1,3}\s?% de cet article à lire\W*$"),
]
FAMILIES += PROMPTS

# Notes written in scripts without spaces count two characters a word: an ad slot's label in Japanese, Chinese or
# Korean is longer than the advertisement family's four words ("スポンサードリンク" counts five).
# And the comment section's rules in other languages: "Comentários ... não serão aprovados pelo moderador".
NOTES: list[tuple[str, int, str]] = [
    ("advertisement", 8, r"^\W*(スポンサードリンク|スポンサーリンク|スポンサー広告|広告|广告|廣告|赞助商链接|광고)\W*$"),
    ("comments", 60, COMMENT_RULES_MORE),
    # the source the story came from, after the article: "Source: Al Jazeera and news agencies", "المصدر: وكالات"
    ("byline", 10,
     r"^\W*(source|sources|fonte|fontes|fuente|fuentes|quelle|źródło|kaynak|источник|джерело|来源|來源|出典|출처|"
     r"المصدر|sumber|nguồn|स्रोत)\s*[:：]\s*[^\s.!?][^.!?]{0,60}$"),
    # the terms of reuse in the footer: "При использовании материалов ссылка на сайт обязательна"
    ("copyright", 40,
     r"\b((использование|перепечатка|копирование|воспроизведение) материалов|materialların istifadəsi zamanı|"
     r"materiallardan foydalanilganda|материалдарды пайдаланған(да|кезде)|при (использовании|цитировании|"
     r"перепечатке|копировании) материалов|(використання|передрук|копіювання) матеріалів|при (використанні|цитуванні|"
     r"передруку|копіюванні) матеріалів|kopiowanie (materiałów|treści)|reproducción (total o parcial )?prohibida|"
     r"(é )?proibida a reprodução|reprodução proibida|toute reproduction (est )?interdite|riproduzione riservata)"),
    # a view counter: "Просмотры: 15432", "1.2K views", "조회수 1,234"
    ("share-prompt", 6,
     r"^\W*((views|просмотр(ы|ов)|перегляд(и|ів)|aufrufe|vues|visualizações|visualizzazioni|wyświetle(nia|ń)|"
     r"görüntülenme|dilihat|lượt xem|浏览(量|次数)?|瀏覽(數|次數)?|阅读(量|数)?|閱讀(數)?|조회수?|閲覧数)\s*[:：]?\s*[\d.,\s]+[kmкм]?|"
     r"[\d.,\s]+[kmкм]?\s*(views|просмотр(а|ов)?|перегляд(и|ів)?|aufrufe|vues|visualizações|visualizzazioni|"
     r"wyświetle(nia|ń)|görüntülenme|kali dilihat|lượt xem|次浏览|次瀏覽|次阅读|次閱讀))\W*$"),
    # the reading time with its label first: "Lecture 4 min.", "Lesedauer: 2 Minuten", "Czas czytania: 3 min"
    ("reading-time", 8,
     r"^\W*(lecture|lectura|leitura|lettura|lesedauer|leestijd|czas czytania|okuma süresi|время чтения|"
     r"час читання|waktu baca|thời gian đọc)\s*:?\s*\d+\s*(min|mins|minutes?|minutos?|minuti|minuten|minut|minuty|"
     r"dakika|мин\w*|хв\w*|menit|phút)\.?\W*$"),
]
FAMILIES += NOTES

# The page's tags: hashtags alone on their line ("#捷運 #台北市"), a category label ("Categorie: Orto e giardino").
TAGS: list[tuple[str, int, str]] = [
    ("navigation", 8, r"^\s*(#[^\W_][\w-]*\s*){1,8}$"),
    ("navigation", 25,
     r"^\W*(categor(y|ies|ie|ia|ias|ía|ías)|catégories?|kategorie[n]?|kategori(ler)?|категори[яи]|rubrique|rubrica)"
     r"\s*[:：]"),
]
FAMILIES += TAGS

# Furniture of Japanese, Korean, Vietnamese and Indonesian news pages: buttons alone on their line, a wire desk's
# initials, the prompts to follow the site on a chat app, an author box's heading, a tip line, an ad label.
ASIAN_FURNITURE: list[tuple[str, int, str]] = [
    ("share-prompt", 6,
     r"^\W*(sao chép liên kết|chia sẻ bài viết|この記事をシェア(する)?|はてブ|はてなブックマーク|保存|"
     r"글[씨자]\s?크기|북마크|이웃\s?추가|공감\s*\d+)\W*$"),
    # an editor's and a reporter's initials closing a story: "(abc/das)"
    ("byline", 3, r"^\s*\(\s*[a-z]{2,4}\s*/\s*[a-z]{2,4}\s*\)\s*$"),
    ("related-links", 30, r"^\W*(pilihan editor)\s*[:：]\s*\S"),
    # "Ikuti berita terkini dari Tempo di Google News", "... Grup Telegram ..., kemudian join."
    ("notification-prompt", 60,
     r"\b(ikuti|simak|dapatkan) (berita|update|breaking news)\b.{0,160}\b(google news|whatsapp|telegram)\b|"
     r"^\W*pastikan kamu sudah (meng)?install aplikasi whatsapp"),
    ("byline", 6, r"^\W*(この記事を書いた人|この記事の(筆者|著者)|著者プロフィール)\W*$"),
    ("contact-info", 10, r"^\W*제보는?\s*(카카오톡|카톡)\s+[\w.-]+\W*$"),
    ("promo", 8, r"^\W*이 기사가 마음에 (드셨다면|드신다면|드시면)\W*$"),
    ("advertisement", 3, r"^\s*(【PR】|\[PR\]|＜PR＞)\s*$"),
]
FAMILIES += ASIAN_FURNITURE

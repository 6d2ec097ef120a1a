"""Function words, excluded when comparing the vocabulary of two pieces of text."""

_WORDS = {
    "en": "the and for are but not you all any can had her was one our out has him his how its may new now old "
    "see two who did get let put say she too use that with have this will your from they been more when were "
    "what said into than them then some would could there their which about after other also just over such "
    "only most very where while here those these being because should under since between before during",
    "de": "der die das und ist nicht ein eine einer eines dem den des mit von auf für sich auch als noch wie "
    "bei aus nach wird sind war wurde werden hat haben oder aber wenn nur vor zum zur über dass sie ihr wir",
    "fr": "les des une est dans pour pas qui que sur plus par avec son ses aux mais été sont ont cette comme "
    "tout elle nous vous leur entre sans sous après avant dont fait être avoir",
    "es": "los las una del por para con que como más pero sus este esta fue son ser han sobre entre sin "
    "también hasta desde cuando muy ese esa está",
    "pt": "dos das uma para com que não por mais como mas foi são ser seu sua sobre entre sem também até "
    "quando muito esse essa está pelo pela nos nas",
    "it": "gli che per con non una del della delle dei degli sono come più anche alla alle nel nella sul "
    "sulla questo questa stato essere hanno dopo prima",
    "ru": "что как это его она они был была были для при так все уже или еще если только над под без "
    "после также между когда чтобы этот эта того",
    "id": "yang dan di ke dari untuk dengan ini itu pada adalah dalam akan tidak juga oleh sudah karena "
    "bisa ada atau saat telah",
    "nl": "het een van dat die niet zijn met voor ook maar bij als nog wel naar door over werd worden",
}

STOPWORDS: frozenset[str] = frozenset(word for words in _WORDS.values() for word in words.split())

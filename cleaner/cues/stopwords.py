"""Function words, excluded when comparing the vocabulary of two pieces of text."""

_WORDS = {
    "en": "the and for are but not you all any can had her was one our out has him his how its may new now old "
    "see two who did get let put say she too use that with have this will your from they been more when were "
    "what said into than them then some would could there their which about after other also just over such "
    "only most very where while here those these being because should under since between before during",
    "de": "der die das und ist nicht ein eine einer eines dem den des mit von auf für sich auch als noch wie "
    "bei aus nach wird sind war wurde werden hat haben oder aber wenn nur vor zum zur über dass sie ihr wir "
    "muss kann soll nun dann doch schon sehr mehr hier dort jetzt immer wieder diese dieser dieses durch gegen "
    "unter einen einem seine seinen ihre ihren hatte wurden",
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
    "pl": "się nie jest oraz jak dla przez który która które jego jej ich był była było być może już "
    "tylko także jednak przed podczas między gdy aby czy też",
    "cs": "které který která jsou jeho její jejich byl byla bylo být jako také však před při podle "
    "mezi když aby nebo jen už",
    "sv": "och att det som för med den har inte till ett han hon från eller också efter när "
    "skulle sina sitt",
    "da": "det som for med den har ikke til han hun fra eller også efter når skulle",
    "no": "det som for med den har ikke til han hun fra eller også etter når skulle sitt",
    "fi": "että ovat ollut myös kuin joka jotka sen hän mutta kun niin sekä tämä nämä",
    "tr": "bir ile için olan olarak gibi daha çok ancak sonra önce veya değil her bunu şey",
    "ro": "este sunt fost pentru sau acest această după între fără către prin",
    "hu": "hogy egy nem van már csak még azt ezt vagy után között szerint pedig amely",
    "uk": "що так для при вже або якщо тільки після також між коли щоб цей ця цього був була були",
    "el": "και του της των στο στη στην που για από ένα μια είναι δεν θα με τον την τους",
    "vi": "của và các những được trong người cho với này không một đã khi đến theo như",
    "hi": "में लिए कहा बाद साथ हैं करने किया गया गई गए दिया अपने इसके उनके उन्होंने करते होने रहा रही रहे तक "
    "वाले वाली द्वारा लेकिन",
    "ar": "في من على إلى أن التي الذي عن مع هذا هذه كان كانت بعد قبل بين عند كما لكن وقال",
}

# One set for all languages: a function word of one language must not be a word of meaning in another (Romanian
# "care" is English "care", Hungarian "mint" English "mint"), or texts in that language lose it when compared.
STOPWORDS: frozenset[str] = frozenset(word for words in _WORDS.values() for word in words.split())

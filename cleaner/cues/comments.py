"""The lines of a reader's comment around its text: the buttons under it ("Reply", "Like · Reply · 3h",
"Antworten Melden"), in the languages news is written in.

Each word is a button a comment platform prints under or beside every comment. A line of them is a
comment's only when it holds a word to reply or to report one: "Share" or "Like" alone also stand under
an article's pictures. Words that also name an interview's answer ("Antwort", "Réponse", "Svar:") are
left out, or taken only without a colon (see ``ACTION_LINE``).
"""

from .dates import RELATIVE_TIME_AFTER, RELATIVE_TIME_BEFORE, RELATIVE_TIME_UNITS

# To reply to a comment: the button's word.
REPLY = (
    r"reply|antworten|répondre|responder|rispondi|ответить|відповісти|odpowiedz|odpovědět|odpovedať|svara|svar|"
    r"vastaa|yanıtla|cevapla|balas|beantwoorden|reageer|reageren|απάντηση|válasz|válaszol|răspunde|respon|"
    r"返信|回复|回覆|답글|답장|trả lời|ตอบกลับ|ردّ|رد|הגב|השב|जवाब दें|उत्तर दें|پاسخ|jibu|tumugon|sumagot"
)
# To report one to the moderators.
REPORT = (
    r"report|report abuse|flag|melden|signaler|denunciar|reportar|segnala|пожаловаться|поскаржитися|zgłoś|"
    r"nahlásit|nahlásiť|rapportera|anmäl|rapporter|ilmianna|ilmoita|şikayet et|bildir|laporkan|rapporteren|"
    r"αναφορά|jelentés|raportează|通報|举报|檢舉|신고|báo cáo|báo xấu|รายงาน|إبلاغ|דווח|रिपोर्ट|گزارش|ripoti|i-report"
)
# The other buttons beside them: to like, vote, share, quote, link to or edit the comment.
OTHER_ACTIONS = (
    r"like|likes|unlike|dislike|upvote|downvote|vote|votes|share|quote|permalink|link|edit|delete|hide|"
    r"gefällt mir|teilen|zitieren|bearbeiten|j'aime|j’aime|partager|citer|modifier|me gusta|compartir|citar|"
    r"curtir|compartilhar|mi piace|condividi|cita|нравится|поделиться|цитировать|подобається|lubię to|"
    r"udostępnij|cytuj|líbí se mi|sdílet|páči sa mi|gilla|dela|synes godt om|del|tykkää|jaa|beğen|paylaş|"
    r"suka|bagikan|vind ik leuk|delen|μου αρέσει|tetszik|îmi place|いいね|赞|讚|좋아요|공감|thích|ถูกใจ|إعجاب|"
    r"לייק|पसंद|لایک"
)
_TIME = (
    rf"(?:(?:{RELATIVE_TIME_BEFORE})\s+)?\d+\s*(?:{'|'.join(RELATIVE_TIME_UNITS)})\.?"
    rf"(?:\s+(?:{RELATIVE_TIME_AFTER}))?"
)
_TOKEN = rf"(?:{REPLY}|{REPORT}|{OTHER_ACTIONS}|{_TIME}|\d+)"
# A line of buttons (with counts and the comment's relative time between them) holding one to reply or report:
# "Reply", "Like · Reply · 3h", "12 Likes Reply Report", "Antworten Melden". No colon: "Svar:" heads an answer.
ACTION_LINE = (
    rf"^[^\w:]*(?=.*?(?<!\w)(?:{REPLY}|{REPORT})(?!\w))(?:{_TOKEN})(?:[^\w:]+(?:{_TOKEN}))*[^\w:]*$"
)

"""Main-text extraction keeps the story's paragraphs and drops the page around them."""

from bot.clean.extract import extract_text

TITLE = "Harbour city votes to rebuild its flooded sea wall"

PARAGRAPHS = [
    "The city council of Port Alden voted on Thursday to rebuild the sea wall that failed"
    " during last winter's storms, ending months of argument over who should pay for it.",
    "The 2.4-kilometre wall, built in 1958, gave way in three places in January and let"
    " seawater into more than four hundred homes along the eastern waterfront.",
    '"We cannot ask the people on the waterfront to live through another winter like that,"'
    " the mayor, Ines Carvalho, told the council before the vote.",
    "Engineers hired by the city estimate the work will take two years. Residents who want"
    " to follow the project can click here and there on the council's map, officials said,"
    " though the tool has been criticised as slow.",
    "Opposition members, who had argued for a cheaper repair, said they would not challenge"
    " the decision but asked for quarterly reports on the budget.",
]

FURNITURE = [
    "Read more: Storm season forecast: what to expect this year",
    "Share this article",
    "SHARE",
    "Copy",
    "Already have an account? Sign In",
    "Sign up for our newsletter",
    "© 2024 Port Alden Gazette",
    "Copyright © Gazette Media Ltd. All rights reserved.",
    "Home",
    "World",
    "Sport",
    "Most popular right now",
    "Stay tuned for all the latest updates on the sea wall! Click here",
    "Advertisement",
    "Subscribe Now",
]


def news_page() -> str:
    body = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS[:3])
    body += '\n<p class="teaser"><strong>Read more:</strong> <a href="/storms">Storm season'
    body += " forecast: what to expect this year</a></p>\n"
    body += "<p>Stay tuned for all the latest updates on the sea wall! Click here</p>\n"
    body += "<p>Advertisement</p>\n"
    body += "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS[3:])
    body += "\n<p>Read more: Storm season forecast: what to expect this year</p>"
    body += "\n<p>Subscribe Now</p><p>Copyright © Gazette Media Ltd. All rights reserved.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<title>{TITLE} | Port Alden Gazette</title>
<meta property="og:title" content="{TITLE}">
</head><body>
<header><a href="/">Port Alden Gazette</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/sport">Sport</a></li></ul></nav>
  <div class="account">Already have an account? <a href="/login">Sign In</a></div>
</header>
<main><article>
<h1>{TITLE}</h1>
<div class="byline">By Ana Ribeiro | June 6, 2024</div>
<div class="share"><span>Share this article</span><button>SHARE</button><button>Copy</button>
</div>
<div class="article-body">
<p><strong>{TITLE}</strong></p>
{body}
</div>
<div class="newsletter"><p>Sign up for our newsletter</p><form><input type="email"></form></div>
</article></main>
<aside><h3>Most popular right now</h3><ul>
<li><a href="/a">Council approves new bus routes for the summer</a></li>
<li><a href="/b">Local bakery wins national award for sourdough</a></li></ul></aside>
<footer><p>© 2024 Port Alden Gazette</p>
<p>Copyright © Gazette Media Ltd. All rights reserved.</p></footer>
</body></html>"""


def test_paragraphs_come_out_in_order() -> None:
    lines = extract_text(news_page(), url="https://gazette.example/2024/06/sea-wall").split("\n")
    assert lines == PARAGRAPHS


def test_no_title_and_no_furniture() -> None:
    text = extract_text(news_page())
    assert TITLE not in text
    for line in text.split("\n"):
        assert line not in FURNITURE
    assert "Read more" not in text
    assert "©" not in text


def test_paragraphs_are_verbatim_and_single_newline_separated() -> None:
    text = extract_text(news_page())
    assert "\n\n" not in text
    assert PARAGRAPHS[2] in text  # curly-free quotes and commas kept as written


def test_empty_and_trivial_input() -> None:
    assert extract_text("") == ""
    assert extract_text("   ") == ""
    assert extract_text("<html><body></body></html>") == ""

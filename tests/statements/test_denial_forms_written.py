"""Classes of denial missing on sentences written in the style of wire, tabloid, sports, celebrity
and fact-check news: verbs and words of rejection, rumours answered, denials named as nouns."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from tests.statements.sentences import OUTLET
from tests.statements.sentences import kinds_of as _kinds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # verbs that reject, put down or take back what was said
        ("The bishop repudiated the claims made in the documentary.", "repudiated"),
        ("The party disavowed the remarks of its former treasurer.", "disavowed"),
        ("The club rebuffed claims that the manager had been sacked.", "rebuffed"),
        ("The actor has hit out at reports that he is broke.", "hit out"),
        ("The rapper has shut down rumours that he is retiring.", "shut down"),
        ("The actress shut down pregnancy rumours on Instagram.", "shut down"),
        ("Her publicist was quick to shoot down the rumours.", "shoot down"),
        ("The Foreign Office knocked down the story within hours.", "knocked down"),
        ("The company moved to quell rumours that it was about to go bust.", "quell"),
        ("The singer moved to squash rumours of a feud with her sister.", "squash"),
        ("The embassy denounced the report as false.", "denounced"),
        ("The firm challenged the accuracy of the report.", "challenged"),
        # the charges denied in court or out of it
        ("The defendant pleaded not guilty to all charges.", "not guilty"),
        ("The former chief executive has maintained his innocence throughout.", "innocence"),
        ("The two men have always protested their innocence.", "innocence"),
        ("His lawyer said his client “categorically denies any wrongdoing.”", "denies"),
        ("The minister's office said she denied any involvement in the deal.", "involvement"),
        # a claim called false and damaging, or nonsense in the tabloid words
        ("The star's lawyers said the article was defamatory.", "defamatory"),
        ("The firm's solicitors said the story was libellous.", "libellous"),
        ("The manager said the story was 'garbage'.", "garbage"),
        ("The minister said the claims were utter tosh.", "tosh"),
        # "called" with a claim noun and nothing but its verdict after it
        ("The minister called the report 'fiction'.", "fiction"),
        ("The general called the reports 'lies and propaganda'.", "propaganda"),
        ("The club branded the stories fake.", "fake"),
        # a rumour about a person answered: leaving, pregnant, dating, for sale
        ("The club said the midfielder was not for sale.", "not for sale"),
        ("Her spokeswoman said the singer was not pregnant.", "not pregnant"),
        ("The club said the striker was going nowhere.", "going nowhere"),
        ("“I'm going nowhere,” the manager told reporters.", "going nowhere"),
        ("A source told the magazine that the two stars were just good friends.", "friends"),
        # a transfer or takeover rumour answered: no talks, no approach, no offer
        ("“We are not in talks with anyone,” the club said.", "not in talks"),
        ("“There has been no approach,” a spokesman for the owners said.", "no approach"),
        ("The chairman said the board had not received any offer.", "any offer"),
        ("The company said there had been no formal bid.", "no formal bid"),
        ("“There have been no discussions about his future,” a club source said.", "discussions"),
        # the denial named as a noun, its speaker after "from"
        ("There was a swift denial from the palace.", "swift denial"),
        ("The report drew an angry denial from the embassy.", "angry denial"),
        ("A point-by-point rebuttal from the ministry followed on Friday.", "rebuttal"),
        ("The ministry issued a strongly worded rebuttal.", "rebuttal"),
        # verbs of anger or of playing down, with a claim as their object
        ("The manager lashed out at reports of a dressing-room revolt.", "lashed out"),
        ("The singer blasted reports that she had been fired from the show.", "blasted"),
        ("The minister sought to play down reports of a split in the cabinet.", "play down"),
        ("The club moved to dampen speculation about the manager's future.", "dampen"),
        # a fact-checker's rating
        ("Snopes rated the claim false.", "rated"),
        ("The fact-checking site rated the statement Pants on Fire.", "Pants on Fire"),
        ("We rate this claim false.", "rate"),
        ("The post has been flagged as false by independent fact-checkers.", "flagged"),
        # what was said called unbelievable, full of errors, unlike reality, a fake
        ("“None of that is true,” he said of the report.", "None of that"),
        # blame, a part, an authorship rejected
        ("The army said it was not responsible for the attack on the market.", "responsible"),
        ("The militia said it played no part in the killings.", "no part"),
        ("The government said it had no role in the coup.", "no role"),
        ("The rebels said they were not behind the attack.", "not behind"),
        ("The palace said the letter was not written by the queen.", "not written by"),
        ("Her lawyer said the tweet wasn't posted by her.", "posted by"),
        ("Police said they had found nothing to suggest the claims were true.", "nothing"),
        # innocence insisted on, a reported prospect ruled out
        ("The former mayor insists he is innocent.", "innocent"),
        ('The agent said there was "no chance" of a move this summer.', "no chance"),
        # the other side's evidence disputed
        ('The firm said the estimate was based on "flawed satellite analysis".', "flawed"),
        ("The ministry said the report relied on outdated figures.", "outdated"),
        ("She said not a word of the article was true.", "not a word"),
        ("The club said nothing in the report was true.", "nothing in"),
        ("The union said the figures were “simply not credible”.", "not credible"),
        ("The chief constable said the accusations did not stand up to scrutiny.", "scrutiny"),
        ("A spokesman said there was “not a shred of evidence” for the claims.", "shred"),
        ("The minister said the report was “riddled with errors”.", "riddled"),
        ("The company said the article contained “numerous factual errors”.", "factual errors"),
        ("The club said the claims “bear no resemblance to reality”.", "no resemblance"),
        ("The embassy said the video was “a crude fake”.", "crude fake"),
        ("The footballer's camp insisted the images were old.", "images were old"),
        ("The airline said reports that the plane had crashed were incorrect.", "incorrect"),
        ("The MP said she had “no recollection” of the meeting.", "no recollection"),
        # a flat no, repeated; a death rumour laughed off
        ('"No, no, no," the coach said when asked whether he would quit.', "No, no, no"),
        ("“I'm alive and kicking,” the actor wrote after the hoax spread.", "alive and kicking"),
        ("“Never,” he replied when asked if he would join the rivals.", "Never"),
        ("“Wrong,” the president wrote on Twitter.", "Wrong"),
        # a verdict word or idiom of the press: incorrect, scaremongering, far-fetched ...
        ("“That is incorrect,” the spokesman said.", "incorrect"),
        ("The prime minister said the warnings were “pure scaremongering”.", "scaremongering"),
        ("The senator said the allegations were “a conspiracy theory”.", "conspiracy"),
        ("His agent called it a “cock-and-bull story”.", "cock-and-bull"),
        ("The minister said the idea was far-fetched.", "far-fetched"),
        ("The driver says the whole tale is “bull****”.", "bull"),
        ("The actress said the rumours were “hurtful lies”.", "hurtful lies"),
        ("The firm said the report “misrepresents” its position.", "misrepresents"),
        ("The ministry said the story did not reflect the facts.", "reflect the facts"),
        ("The spokesman said the report was “at odds with the facts”.", "at odds"),
        ("“We strongly dispute these findings,” the company said.", "findings"),
        ("“We reject that characterisation,” a spokeswoman said.", "characterisation"),
        ("The minister said there was never any question of the army being deployed.", "question"),
        # a post or a picture disowned
        ("The singer said her Twitter account had been hacked.", "hacked"),
        ("“It's not me in the video,” the actor told the newspaper.", "not me"),
        # the denial named in a participle clause after a comma
        ("The club said, denying reports that the coach had quit, that he stayed.", "denying"),
        ("The ministry said the talks would go on, rejecting claims they had collapsed.", "talks"),
        ("The star took to Twitter to slam the “fake” reports.", "slam"),
        # the sentence opens with a participle of putting a claim down
        ("Brushing off the speculation, the coach said he was happy at the club.", "Brushing"),
        ("Hitting back at his critics, the mayor said the figures were sound.", "Hitting"),
        ("Pouring cold water on the reports, the minister said talks were early.", "cold"),
        ("The editor said there was “no reliable proof that the video is authentic”.", "proof"),
        ("Health officials said that simply isn’t true.", "isn’t true"),
        ("The club said the story wasn't entirely true.", "entirely"),
        ("Police say he attacked the officer, a claim his family denies.", "claim"),
        # contracted negations read as the full ones
        ("His agent said he isn’t dead.", "isn’t dead"),
        ("The ministry said that wasn't the case.", "case"),
        ("The firm said the photos aren't authentic.", "authentic"),
        # a reported link between two things denied
        ("Scientists said the two events were completely unrelated.", "unrelated"),
        ("Police said there was no link between the fires.", "no link"),
        # "according to X" after a conjunction, the content after the comma
        ("But according to the Detroit Gazette, there had been no such crime.", "no such"),
        # a lead clause naming the act, then a colon and who said what
        (
            "Finally, the brewery put the rumours to rest: a spokesman told the Post that "
            "it would not be closing.",
            "rest",
        ),
        # the act of denying named before what is said
        (
            "The minister moved to quash rumours of a rift, saying the cabinet was united.",
            "quash",
        ),
        (
            "The governor tried to dispel rumours on the radio, saying the army was in control.",
            "dispel",
        ),
        (
            "The bank released a statement refuting the paper's version of the meeting.",
            "refuting",
        ),
        # more words and idioms for a claim untrue, invented, disowned or settled
        ("The club said the reports were “way off base”.", "off base"),
        ("The company said the product “does not exist”.", "does not exist"),
        ("The ministry said the letter “did not come from us”.", "come from us"),
        ("The minister said the claims were “unsubstantiated”.", "unsubstantiated"),
        ("The chairman said the allegations were “outrageous”.", "outrageous"),
        ("The party called the accusations “spurious”.", "spurious"),
        ("“This is a non-story,” the minister said.", "non-story"),
        ("The minister said the claims had been “comprehensively debunked”.", "debunked"),
        ("The agent said the quotes attributed to his client were “invented”.", "invented"),
        ("The governor said the photo had been “cropped to mislead”.", "mislead"),
        ("He was not involved, his lawyer said.", "not involved"),
        ("“We deny it,” the commander said.", "deny it"),
        # a departure or split rumour answered
        ("“I'm staying put,” the manager told reporters.", "staying put"),
        ("The couple's representatives said they were still together.", "still together"),
        # nothing known that would bear the claim out; no links to those named
        ("The Pentagon said it had no information to support the claim.", "no information"),
        ("Police said there was no indication that the girls had been moved.", "indication"),
        ("The company said it had no links to the group.", "no links"),
        ("“We're calling shenanigans on this story,” the editor wrote.", "shenanigans"),
        # a participle opening before the speaker and "said: '...'"
        ("Pressed on the issue, the spokesman said: “That's not true.”", "Pressed"),
        ("Reacting to the claims, the coach said: “It's complete nonsense.”", "Reacting"),
        # a report or remark taken back, a document disowned
        (
            "The newspaper backtracked on its claim that the player had been arrested.",
            "backtracked",
        ),
        ("The senator later said he had “misspoken”.", "misspoken"),
        ("The agency corrected its earlier report, saying only two people had died.", "corrected"),
        ("The broadcaster apologised for the inaccurate report.", "apologised"),
        (
            "The outlet issued a clarification saying the photo had been misidentified.",
            "clarification",
        ),
        ("The club said the statement circulating online was not issued by the club.", "issued by"),
        # speculation ended or silenced, a rumour called malicious, not worth an answer
        ("The striker moved to end speculation about his future, saying he was happy.", "end"),
        ("The minister put an end to speculation, saying she would not stand.", "put an end"),
        ("The star put paid to rumours of a split by appearing with her husband.", "put paid"),
        ("The singer silenced the rumours with a post on Instagram.", "silenced"),
        ("A source told the paper the pair were “stronger than ever”.", "stronger than ever"),
        ("The Kremlin's spokesman called the report “another fake”.", "another fake"),
        ("Officials said the report was “not worth commenting on”.", "not worth"),
        ("The ministry called the claims “an attempt to mislead the public”.", "mislead"),
        ("The embassy said the reports were “malicious rumours”.", "malicious rumours"),
        ("The company described the claims as “mischievous and malicious”.", "mischievous"),
        # the report's version set against what the speaker says
        ("Contrary to reports, the club said the coach would stay.", "Contrary"),
        ("The firm said the plant would stay open, not close as reported.", "as reported"),
        ("The bank said it was not aware of any plans to sell the unit.", "not aware"),
        ("The company said it was unaware of any talks with the rival.", "unaware"),
        # nothing in the rumours; the evidence behind a claim called unsound
        ("“There is absolutely nothing to these rumours,” the actor wrote.", "nothing"),
        ("Greenpeace called the study “deeply flawed”.", "flawed"),
        ("The union said the figures in the report were fundamentally flawed.", "flawed"),
        # the reporter's facts called wrong, the evidence called fakes or older than said
        ("The minister said the newspaper had got its facts wrong.", "facts wrong"),
        ("“They have got all their facts muddled,” the coach said.", "muddled"),
        ("“These pictures are fakes,” the lawyer said.", "fakes"),
        ("A spokesman said the photographs had been taken in 2019.", "2019"),
        # the accused answering a charge, an alibi against a report of being there
        ("The minister said he had “nothing to hide”.", "nothing to hide"),
        ("“We have absolutely nothing to hide,” the chairman said.", "nothing to hide"),
        ("“Marco was not even in Milan that night,” the agent said.", "not even"),
        ("“She wasn't even there,” her sister told reporters.", "even there"),
        # a report called speculative, a reported plan not decided, the cause or place set right
        ("The bank said the report was “speculative”.", "speculative"),
        ("The chief executive told staff the report was “speculation”.", "speculation"),
        ("A spokesman said no decision on job cuts had been made.", "no decision"),
        ("It said the outage was caused by a technical fault, not an attack.", "not an attack"),
        ("FullCheck said the images in the posts showed a different city.", "different city"),
        # experts ruling out what was reported, the reported thing negated by name
        ("Scientists said simply: “No, that didn't happen.”", "didn't happen"),
        ("“I find it highly unlikely, almost impossible, that it was a spider,” he said.", "I"),
        ("A doctor said it was impossible for the injuries to have occurred in a fall.", "fall"),
        ("He said the delay was why he doubted its authenticity.", "authenticity"),
        ("The curator said she was sceptical of the claims.", "sceptical"),
        ("His manager told the Times that he doesn't even live at the reported address.", "live"),
        ("The mayor said he was never at the alleged meeting.", "meeting"),
        # a reported fate or decision said not to be, someone said to be somewhere set elsewhere
        ("A source said the rebel leader has not been killed but is badly injured.", "injured"),
        ("The university has not banned the word, a spokesman said.", "banned"),
        ("The network said the show hasn't been cancelled.", "cancelled"),
        ("“She was never in Kobane,” he said.", "Kobane"),
        ("A fighter told the radio that Rosenberg was not in the Kobane region.", "Kobane"),
        # an identity or a tie reported, set aside; what was reported ruled out
        ("Officials say the remains found in the grave are not those of the students.", "remains"),
        ("“Dulaimi is not Abu Bakr al-Baghdadi's wife,” the minister said.", "wife"),
        ("A student says there's no way Thomas could have been secretly filmed.", "no way"),
        ("“These numbers are invented by our enemies,” the spokesman said.", "invented"),
        ("No, Banksy hasn't been arrested, his agent says", "No"),
        ("The researcher said the footage called the official account into question.", "into"),
        # a story or a charge called overdone, without merit or concocted
        ("A press officer told the site that the story was “embellished”.", "embellished"),
        ("The company called the lawsuit “meritless”.", "meritless"),
        ("His lawyer said the charges were “trumped up”.", "trumped"),
        ("The firm said the claims “could not be further from the truth”.", "further"),
        ("A source said talk of a split was “way off”.", "way off"),
        # a report laughed off or called names; what a picture shows said to be other
        ("The actor said the reports were “a joke”.", "joke"),
        ("The company called the story “click-bait”.", "click"),
        ("He said the claims were “total BS”.", "BS"),
        ("The general called the reports “an absolute lie”.", "lie"),
        ("The agency said the images were not of the recent floods.", "floods"),
        ("The family said the photos were “not of our son”.", "our son"),
        ("The star said the photo “isn't me”.", "isn't me"),
        # a story said to be made up, the verb told in full
        ("A source close to the singer said the story was “a fantasy.”", "fantasy"),
        ("“This is fiction,” the spokesman said of the report.", "fiction"),
        ("The minister said the claims are a myth.", "myth"),
        # a claim challenged
        ("The company has challenged the report.", "challenged"),
        ("The firm challenged claims that it had overcharged customers.", "overcharged"),
        # reports mocked
        ("The singer mocked the rumours in a video on Sunday.", "mocked"),
        ("She appeared to mock the reports on Instagram, posting a photo of a pizza.", "mock"),
        ("The minister ridiculed claims that she had been sacked.", "ridiculed"),
        # a negation set against the reports
        ("Footballer's club says he is not for sale despite Madrid reports", "not for sale"),
        ("The club says it will not sell despite the reports.", "not sell"),
        # a claim called a defamation; no evidence at all
        ("The ministry denounced the report as “slander.”", "slander"),
        ("The lawyer described the allegations as “defamatory.”", "defamatory"),
        ("“There is zero evidence for this,” the minister said.", "zero evidence"),
        # a thing passed off as someone's, disowned; the content before a trailing speaker
        # though the sentence opens with "But"
        ("But the account is not official, a network spokesperson told the paper.", "official"),
        ("The letter was not genuine, the palace said.", "genuine"),
        # the verdict set off by commas, under a verb of confirming
        ("The network confirmed that this account is, in fact, a fake.", "fake"),
    ],
)
def test_denials(text: str, part: str) -> None:
    assert "denial" in _kinds(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The new government repudiated the treaty.", "treaty"),
        ("The chairman rebuffed an offer from the American investors.", "offer"),
        ("Hospitals have shut down operations since there is no water.", "Hospitals"),
        ("The army shot down a drone over the city.", "drone"),
        ("The bulldozers knocked down the old stand.", "stand"),
        ("The police quelled the riot within an hour.", "riot"),
        ("The president denounced the attack as cowardly.", "cowardly"),
        ("The striker hit out at the referee after the match.", "referee"),
        ("The report lies in a drawer at the ministry, the clerk said.", "drawer"),
        ("He said the film was a defamatory portrait of a decent man.", "portrait"),
        ("The minister blasted the opposition's tax plans as reckless.", "tax plans"),
        ("The singer lashed out at fans who threw bottles at the stage.", "lashed out"),
        ("The critic rated the film four stars.", "four stars"),
        ("The mayor sought to play down the significance of the vote.", "significance"),
        ("The editor admitted the report was riddled with typos.", "typos"),
        ("The coach said the threat from the visitors was credible.", "credible"),
        ("“I'm not the one who decides,” the manager said.", "not the one"),
        ("“It's not me who makes the rules,” the referee said.", "not me who"),
        ("The company said hackers had accessed customer accounts.", "accessed"),
        ("The minister said the letter was written by his aide.", "written by"),
        ("Police said the victims were innocent civilians.", "innocent"),
        ("The site said it was not responsible for the content of external links.", "content"),
        ("The singer said her fairytale wedding was the best day of her life.", "fairytale"),
        ("“Never again,” she said after finishing the race.", "Never again"),
        ("“No way back now,” the captain said.", "No way back"),
        ("The union said it would strike, rejecting the offer from management.", "strike"),
        ("The app's makers were slamming it as the worst game ever.", "worst game"),
        ("Brushing off the rain, the fans said they would stay to the end.", "rain"),
        ("The minister moved to the back benches, saying the reports had worn him out.", "back"),
        ("He said the prices were outrageous.", "outrageous"),
        ("The chef said the recipe was invented by his grandmother.", "invented"),
        ("The coach said the team was still together after a tough season.", "still together"),
        ("The company said it does not exist to make profit alone.", "exist"),
        ("“No one can deny the quality of this team,” the coach said.", "quality"),
        ("The coach swore at the referee.", "swore"),
        ("Hundreds of farmers protested outside parliament.", "farmers"),
        ("The company objected to the new tax.", "new tax"),
        ("The striker took issue with the referee after the match.", "referee"),
        ("The club reiterated that the match would start at 3pm.", "3pm"),
        ("The mayor said the town had no connection to the railway until 1900.", "railway"),
        ("The minister said the region had no rail links to the capital.", "rail links"),
        ("The paper corrected the spelling of her name.", "spelling"),
        ("The newspaper apologised for the late delivery.", "late delivery"),
        # a denial verb under a negation, or one not reached: no denial made
        ("The club did not explicitly deny the claims.", "explicitly"),
        ("The actor failed to deny the rumours.", "failed to deny"),
        ("The singer has never denied the relationship.", "never denied"),
        ("The company has not publicly disputed the figures.", "disputed"),
        ("The minister stopped short of denying the report.", "stopped short"),
        ("The singer said the song was about a bogus psychic she once met.", "psychic"),
        ("The minister put an end to the practice of free parking.", "free parking"),
        ("The conductor silenced the orchestra with a wave.", "orchestra"),
        ("The coach said his players were stronger than ever after the break.", "stronger"),
        ("He denied himself a holiday that year.", "holiday"),
        ("The actress denied herself sugar for a month before filming.", "sugar"),
        ("The envoy said the peace talks were going nowhere.", "going nowhere"),
        ("The minister said there had been no offers of help from abroad.", "offers"),
        ("The union said no talks were planned yet.", "talks"),
        ("The minister said no discussions were scheduled before the summit.", "discussions"),
        ("She said she was not leaving until she got answers.", "not leaving"),
        ("Police said they were not aware of any injuries.", "injuries"),
        (
            "The minister confirmed that a pay freeze was considered, two days after her "
            "ministry called the report “pure invention”.",
            "confirmed",
        ),
        ("The manager refused to comment on speculation about the striker.", "refused"),
        ("The border guards refused entry to the reporters.", "entry"),
        ("Contrary to expectations, the bank said profits rose.", "profits"),
        ("The team did not play as expected, the coach said.", "expected"),
        ("The minister said the selection process was flawed.", "process"),
        ("The mayor called the decision “a disgrace”.", "disgrace"),
        ("He was arrested on unrelated charges, police said.", "unrelated"),
        ("The club said the striker's exit was unrelated to the offences.", "unrelated"),
        ("“Those with nothing to hide have nothing to fear,” the minister said.", "fear"),
        ("“I got it wrong on the substitution,” the coach admitted.", "substitution"),
        ("“We were not even in the top ten last year,” the coach said.", "top ten"),
        ("The coach said the players had the facts of the case in front of them.", "facts"),
        ("The director said the new photos showed a different side of the star.", "side"),
        ("The coach said the decision had been made by the referee.", "referee"),
        ("“It didn't happen overnight,” the founder said of the firm's growth.", "overnight"),
        ("“It is unlikely that the talks will resume this year,” the envoy said.", "resume"),
        ("Officials said the hostages have not been released.", "released"),
        ("The doctor said the reported cases had not been confirmed.", "reported cases"),
        ("The paper said the alleged victim had not been named.", "alleged victim"),
        ("The coach said the player was not in the squad for Saturday.", "squad"),
        ("The judge said the evidence had not been questioned in court.", "questioned"),
        ("“There is no way we can win this without him,” the coach said.", "no way"),
        ("He said his duties were not those of a minister.", "duties"),
        ("“No, we will not play on Sunday,” the coach said.", "No"),
        ("The actor said he was not the star's biggest fan.", "biggest fan"),
        ("The envoy said a deal was way off in the future.", "way off"),
        ("The chef said the dish was embellished with gold leaf.", "gold leaf"),
        ("The comedian said he had told a joke about the mayor.", "joke"),
        ("The coach said the footage was from Saturday's match.", "footage"),
        ("“It's not me who decides the team,” the captain said.", "decides"),
        ("She said she had a BS in chemistry.", "chemistry"),
        ("The director said it is a fantasy set in a medieval castle.", "castle"),
        ("The novelist said the story is a fantasy novel for children.", "novel"),
        ("The boxer challenged the champion to a rematch.", "rematch"),
        ("The union challenged the decision in court.", "decision"),
        ("The comedian mocked the president during the show.", "president"),
        ("Fans ridiculed the club's new kit.", "kit"),
        ("The coach said the striker played on despite reports of an injury.", "played"),
        ("The senator called the bill a slander on veterans.", "slander"),
        # a spoof account's own post, its lead naming the account, not an act of denying
        (
            "A spoof account for Iron Man also claimed to be the owner, tweeting: “Yes, they"
            " were in good condition, besides the paint on my car.”",
            "good condition",
        ),
    ],
)
def test_not_denials(text: str, part: str) -> None:
    assert "denial" not in _kinds(text, part)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The denial from Buckingham Palace came within the hour.", "Buckingham Palace"),
        ("A swift denial from the club followed.", "club"),
    ],
)
def test_the_speaker_of_a_denial_named_as_a_noun_comes_after_from(text: str, speaker: str) -> None:
    [statement] = extract_statements(text, outlet=OUTLET)
    assert (statement.kind, statement.speaker) == ("denial", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The post is misleading.",
        "The claim is unsupported by evidence.",
        "The video was not filmed in Ukraine.",
        "In fact, the comedian is alive and well.",
    ],
)
def test_a_fact_checks_verdict_in_its_own_voice(sentence: str) -> None:
    [statement] = extract_statements(sentence, outlet=OUTLET)
    assert (statement.kind, statement.speaker) == ("denial", OUTLET)


@pytest.mark.parametrize(
    "sentence",
    ["The name of the band is misleading.", "The video was filmed in a small studio in Leeds."],
)
def test_an_outlet_describing_is_no_verdict(sentence: str) -> None:
    assert extract_statements(sentence, outlet=OUTLET) == []


def test_we_outside_quotes_is_the_outlet_rating_a_claim() -> None:
    [statement] = extract_statements("We rate this claim FALSE.", outlet=OUTLET)
    assert (statement.kind, statement.speaker) == ("denial", OUTLET)


def test_a_speakers_own_we_stays_theirs() -> None:
    text = 'The mayor spoke on Monday. "We rate this plan highly," she said.'
    assert all(s.speaker != OUTLET for s in extract_statements(text, outlet=OUTLET))


@pytest.mark.parametrize(
    "label",
    [
        "Claim: The health agency admitted that tap water contains nanobots.",
        "Claim (Facebook users): The health agency admitted that tap water contains nanobots.",
    ],
)
def test_the_claim_a_fact_check_rates_is_no_act_of_whom_it_names(label: str) -> None:
    """The label quotes the viral claim; the agency admitted nothing."""
    found = extract_statements(label + "\n\nRating: False", outlet=OUTLET)
    assert not any(s.kind == "confirmation" for s in found)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what the speaker called something, in their quoted words: an opinion attributed
        ("The mayor called the decision “a disgrace”.", ["statement"]),
        ('The coach described the draw as "a fair result".', ["statement"]),
        # no words of a speaker: a name given, or a plain "called X a Y"
        ('I taught five different boys called "Tom Hanks" that year.', []),
        ("The general called the group a threat to the region.", []),
    ],
)
def test_called_with_quoted_words_attributes_them(text: str, kinds: list[str]) -> None:
    assert [s.kind for s in extract_statements(text, outlet=OUTLET)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # promises, estimates and memories reported as speech
        ('"We will appeal," the club chairman vowed.', ["statement"]),
        ("The mayor promised that the road would reopen on Monday.", ["statement"]),
        ("Officials estimated that 300 homes were damaged.", ["claim"]),
        ('"It was chaos," she recalled.', ["statement"]),
        # the same words reporting no speech
        ("The firm recalled 3,000 cars last year.", []),
        ("The government pledged $5m to the charity.", []),
        ("The mayor promised a review of the decision.", []),
        ("An estimated 300 homes were damaged in the storm.", []),
    ],
)
def test_verbs_of_promising_estimating_and_recalling_report_speech_with_a_complement(
    text: str, kinds: list[str]
) -> None:
    assert [s.kind for s in extract_statements(text, outlet=OUTLET)] == kinds


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # the base form of a verb of rejecting, after a plural subject or in a headline
        ("United dismiss Ten Hag sack reports", "denial", "United"),
        ("Rebels reject peace deal reports", "denial", "Rebels"),
        ("Officials dismiss reports of an outbreak in the capital.", "denial", "Officials"),
        ("The two villages dispute the police account of the raid.", "denial", None),
        ("Stars laugh off split rumours", "denial", "Stars"),
        # refused or declined: no answer either way
        ("The minister refused to dismiss the report.", "statement", "minister"),
        ("The club declined to rule out a move for the striker.", None, None),
        # the noun
        ("The dispute over wages continued into a third week.", None, None),
    ],
)
def test_the_base_form_of_a_verb_of_rejecting(
    text: str, kind: str | None, speaker: str | None
) -> None:
    found = extract_statements(text)
    if kind is None:
        assert found == []
        return
    [statement] = found
    assert statement.kind == kind
    if speaker is not None:
        assert statement.speaker == speaker


def test_a_fact_checks_claim_line_told_by_a_post_is_the_claim_its_rating_answers() -> None:
    """ "Claim: A viral post says …" is the post's claim; "Verdict: False." answers it."""
    text = (
        "Claim: A viral Facebook post says the city has started adding fluoride to bottled "
        "water.\n\nVerdict: False."
    )
    claim, verdict = extract_statements(text, outlet=OUTLET)
    assert (claim.kind, claim.speaker) == ("claim", "viral Facebook post")
    assert (verdict.kind, verdict.speaker, verdict.target) == ("denial", OUTLET, claim.position)


def test_what_was_said_on_a_channel_before_a_colon_is_the_quotation() -> None:
    """ "said on Instagram: "…"": the proposition is the quotation, not "on Instagram"."""
    text = 'Okoro said on Instagram: "I was at home with my family that night."'
    assert extract_statements(text)[0].proposition == "I was at home with my family that night"


def test_one_who_denied_saying_later_what_they_never_did_denies_again() -> None:
    """The headline's denier, quoted further on in the first person ("I have never hit anyone
    in my life"), tells the denial again though the accusation said "punched"; a plain
    remark of theirs ("I am sad") does not."""
    text = (
        "Footballer denies nightclub assault claims\n\n"
        "Police are investigating claims that footballer Sam Okoro assaulted a man outside a "
        "nightclub on Saturday, the Yorkshire Post reported.\n\n"
        "A student told the newspaper that Okoro punched him twice.\n\n"
        'Okoro said on Instagram: "I have never hit anyone in my life."\n\n'
        'Okoro later said: "I am sad about all this."'
    )
    kinds = [(s.speaker, s.kind) for s in extract_statements(text)]
    assert kinds[3] == ("Sam Okoro", "denial")
    assert kinds[4] == ("Sam Okoro", "statement")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The victim told the newspaper that Okoro punched him.", "Okoro punched him"),
        ("He told the BBC on Monday that the deal was off.", "the deal was off"),
        ('He told the BBC: "It is not true that I left."', "It is not true that I left"),
        ("He told reporters it was not true that he had left.", "it was not true that he"),
        # no "that": the hearer ends before the word opening what was told
        ("The mayor told reporters he had not resigned.", "he had not resigned"),
        ("Smith told his followers the video was fake.", "the video was fake"),
        ("Smith told Reuters in an interview there was no deal.", "there was no deal"),
        ("He told the BBC's Today programme he would resign.", "he would resign"),
        ("He told the story of a man he met.", "the story of a man he met"),
    ],
)
def test_who_was_told_is_not_what_was_said(text: str, said: str) -> None:
    """ "told the newspaper that …": what was said starts after "that", or, with no "that",
    at the word opening a clause ("told reporters he …"); a clause of the speaker's own
    ("it was not true that …") is kept whole."""
    assert extract_statements(text)[0].proposition.startswith(said)


@pytest.mark.parametrize(
    ("text", "part", "kinds"),
    [
        # what the other side says called false by how they spread it
        ("He said the rebels were spreading false casualty figures.", "spreading", ["denial"]),
        ("The minister said the opposition was spreading lies.", "lies", ["denial"]),
        ("She said the campaign was spreading the word about the vaccine.", "word", ["claim"]),
        # a verdict of false given by one who labels or rates posts
        ("Facebook said it had labelled the post as false.", "labelled", ["denial"]),
        ("The fact-checker rated the claim as misleading.", "rated", ["denial"]),
        ("The museum said it had labelled the vase as Roman.", "labelled", ["claim"]),
        # an explanation rejected, the innocence protested in the infinitive
        ("The agency rejected the contamination explanation.", "rejected", ["denial"]),
        ("Obi, 24, took to Instagram to protest her innocence.", "Instagram", ["denial"]),
        # intelligence of a plot said absent, findings that do not support a claim, an account
        # disowned, a failed test said never to have happened
        ('DHS said it had "no specific, credible intelligence" of a plot.', "DHS", ["denial"]),
        ("The researchers said their data did not support the claim.", "data", ["denial"]),
        ("The researchers said their data did not support the new drug.", "data", ["statement"]),
        ("A spokesman said the account was not run by the minister.", "account", ["denial"]),
        ("A spokesman said the race was not run by the minister.", "race", ["statement"]),
        ('His camp said he had "never failed a drug test in his life".', "camp", ["denial"]),
        ("He has continued to maintain his innocence.", "innocence", ["denial"]),
    ],
)
def test_lies_spread_a_post_labelled_false_an_explanation_rejected(
    text: str, part: str, kinds: list[str]
) -> None:
    assert _kinds(text, part) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("She told the magazine that she never lied to the swimmer.", ["denial"]),
        ('"I have never knowingly cheated," the cyclist said.', ["denial"]),
        ("The treasurer said he did not embezzle a single penny.", ["denial"]),
        ("He said he never visited Paris.", ["claim"]),
        ("The coach said the team never lost at home.", ["claim"]),
    ],
)
def test_a_wrongdoing_said_never_done_denies_the_accusation(text: str, kinds: list[str]) -> None:
    assert _kinds(text, text[:12]) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The minister called the allegations politically motivated.", ["denial"]),
        ("The club took issue with the newspaper's account of the meeting.", ["denial"]),
        ("The party distanced itself from the candidate's remarks.", ["denial"]),
        ("He said he was nowhere near the scene that night.", ["denial"]),
        ('"It\'s news to me," the coach said of the reported bid.', ["denial"]),
        # not a claim rejected: a motive told, a person argued with, a deal not done
        ("Police said the killing was politically motivated.", ["statement"]),
        ("The club took issue with the referee.", []),
        ("He said the deal is nowhere near done.", ["statement"]),
    ],
)
def test_motives_alibis_and_disowning_what_was_said(text: str, kinds: list[str]) -> None:
    assert _kinds(text, text[:12]) == kinds


@pytest.mark.parametrize(
    ("text", "part", "kinds"),
    [
        ("The firm said the report contains numerous errors.", "firm", ["denial"]),
        ("The teacher said the essay contained several errors.", "teacher", ["claim"]),
        ("Officials said the water was safe, dismissing fears of a leak.", "safe", ["denial"]),
        (
            "A tabloid said the band had split up after a row. "
            "The band's spokesman said they had not split up.",
            "spokesman",
            ["denial"],
        ),
    ],
)
def test_errors_in_a_report_fears_dismissed_and_a_split_denied(
    text: str, part: str, kinds: list[str]
) -> None:
    assert _kinds(text, part) == kinds


@pytest.mark.parametrize(
    ("text", "part", "kinds"),
    [
        ("Family says police arrested wrong man over shop stabbing", "Family", ["denial"]),
        ('"They have the wrong person," his sister told the newspaper.', "wrong", ["denial"]),
        ('"He took the wrong turn," his sister said.', "turn", ["claim"]),
        (
            "Russia said its forces had destroyed two jets. "
            '"No aircraft were lost. This is typical propaganda," the spokesman said.',
            "No aircraft",
            ["denial"],
        ),
        # a thing told sound inside a denying quote is part of the denial
        (
            "Posts claimed his relatives were in hospital. "
            '"There is no evidence of it. His family members have all tested negative," the'
            " minister said.",
            "tested negative",
            ["denial"],
        ),
    ],
)
def test_the_wrong_man_arrested_and_a_negation_inside_a_denying_quote(
    text: str, part: str, kinds: list[str]
) -> None:
    assert _kinds(text, part) == kinds


@pytest.mark.parametrize(
    ("text", "part", "kinds"),
    [
        ("Study linking coffee to longer life is flawed, experts say", "Study", ["denial"]),
        ("The professor said the research was deeply flawed.", "research", ["denial"]),
        ("The engineer said the bridge design was flawed.", "bridge", ["statement"]),
    ],
)
def test_a_study_or_report_called_flawed(text: str, part: str, kinds: list[str]) -> None:
    assert _kinds(text, part) == kinds


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The woman, who reported the attack, said she had not seen his face.", "said", "she had"),
        ("Lopez, who announced his retirement in May, said he would coach.", "said", "he would"),
        ("The man, who told police he was innocent, was released on Monday.", "told", "he was"),
    ],
)
def test_a_verb_in_the_subjects_relative_clause_is_not_its_act(
    text: str, cue: str, said: str
) -> None:
    """ "X, who reported the attack, said …": the verb after the relative clause is what the
    sentence reports; with none after it, the clause's verb is all there is."""
    found = extract_statements(text)[0]
    assert found.cue == cue
    assert (found.proposition or "").startswith(said)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Professor Alan Crowe said the study did not show that the drinks caused it.", "denial"),
        ("Critics said the research does not prove that the vaccine caused the illness.", "denial"),
        ("The lawyer said the video did not establish that his client was there.", "denial"),
        # what a study did show is a claim
        (
            "The researchers said the study showed a link between the drinks and memory loss.",
            "claim",
        ),
    ],
)
def test_the_evidence_for_a_claim_said_not_to_show_it_is_disputed(text: str, kind: str) -> None:
    """ "The study did not show that the drinks caused the memory loss": its finding disputed,
    a denial (the labelling guide's "disputes")."""
    assert [s.kind for s in extract_statements(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Entertainment site StarBuzz, which first published the image, later removed its article.",
        "The paper pulled its story on Friday.",
        "The senator deleted his tweet an hour later.",
    ],
)
def test_taking_down_ones_own_report_takes_it_back(text: str) -> None:
    """A retraction of one's own earlier report is a denial (the labelling guide)."""
    assert [s.kind for s in extract_statements(text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The site has not removed the article.",
        "StarBuzz never took down its article.",
        "The paper has refused to retract the story.",
        "The senator did not delete his tweet.",
    ],
)
def test_not_taking_down_ones_own_report_takes_nothing_back(text: str) -> None:
    """The same acts negated or refused: the report stands, nobody denies anything."""
    assert "denial" not in [s.kind for s in extract_statements(text)]


def test_a_platform_removing_someone_elses_post_is_no_retraction() -> None:
    assert extract_statements("Facebook removed the post on Monday.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "StarWire claimed the couple had split. A representative for Brandt told The Globe "
            'Herald that the actor was "baffled" by the claims.',
            "denial",
        ),
        (
            "StarWire claimed the couple had split. Brandt said he was bemused by the split "
            "rumours.",
            "denial",
        ),
        ("Scientists said they were puzzled by the results.", "statement"),
    ],
)
def test_being_baffled_by_a_claim_disbelieves_it(text: str, kind: str) -> None:
    """Disbelief in what is claimed ("baffled by the claims") rejects it; puzzlement at
    anything else ("the results") rejects nothing."""
    assert extract_statements(text)[-1].kind == kind


def test_a_fact_checks_claim_line_keeps_the_post_it_comes_from() -> None:
    """ "Claim: …, according to a viral post shared more than 40,000 times": the post makes
    the claim the rating answers (a thousands separator is no end of the source)."""
    text = (
        "Claim: Lumen Bank will close 300 branches, according to a viral post shared more "
        "than 40,000 times on Facebook.\n\nRating: False"
    )
    claim, rating = extract_statements(text, outlet="FactFinder")
    assert (claim.kind, rating.kind, rating.target) == ("claim", "denial", claim.position)
    assert "40,000" in (claim.speaker or "")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ('"We did not do it," Acme chief executive Tom Hale said.', "denial"),
        (
            '"Nobody at this company would do such a thing," Acme chief executive Tom Hale said.',
            "denial",
        ),
        ('"I never said that," Acme chief executive Tom Hale said.', "denial"),
        ('"We did not do it," said Mia Lee, a teacher.', "statement"),  # nobody accused her
    ],
)
def test_the_accused_not_doing_it_denies_what_they_are_said_to_have_done(
    said: str, kind: str
) -> None:
    """ "We did not do it", by the one a claim names, points back to what it says they did."""
    text = f"The Daily Ledger reported that Acme had dumped waste in the river. {said}"
    assert extract_statements(text)[-1].kind == kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ('"I can tell you that no waste went into the river," Acme chief Tom Hale said.', "denial"),
        ('"I can assure you we did not dump waste," Acme chief Tom Hale said.', "denial"),
        ('"Let me be clear: we did not dump waste," Acme chief Tom Hale said.', "denial"),
        ('"We can tell you more next week," Acme chief Tom Hale said.', "statement"),
        ('"I can confirm that waste was found," Acme chief Tom Hale said.', "confirmation"),
    ],
)
def test_vouching_for_ones_words_is_not_a_plan(said: str, kind: str) -> None:
    """ "I can tell you that …" vouches for what follows: its clause is what is said, not a
    possibility ("I can …"); "I can confirm that" still confirms."""
    text = f"The Daily Ledger reported that Acme had dumped waste in the river. {said}"
    assert extract_statements(text)[-1].kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police said Omar Reyes was armed when officers shot him. His family said he was "
            "unarmed.",
            "denial",
        ),
        (
            'StarWire claimed the couple had separated. "Leo and Kira are very happy together," '
            "the representative said.",
            "denial",
        ),
        ("Police said the border was closed. The mayor said the border was open.", "denial"),
        # a wish is no account of what is so; one speaker does not answer themself
        (
            'The ministry said the hostage was released. "We hope he is released soon," his '
            "wife said.",
            "statement",
        ),
        ("Police said the man was armed. Police said the man was later arrested.", "claim"),
    ],
)
def test_an_account_of_the_opposite_denies_the_claim(text: str, kind: str) -> None:
    """ "he was unarmed" after "Police said Omar Reyes was armed" (antonyms.tsv), by someone
    else, answers it; the claim before it is never taken for the answer."""
    first, last = extract_statements(text)
    assert (first.kind, last.kind) == ("claim", kind)
    if kind == "denial":
        assert last.target == first.position


def test_others_not_doing_it_is_no_denial_by_the_speaker() -> None:
    text = (
        "The Daily Ledger reported that Acme had sold the truck. Acme chief Tom Hale said the "
        'dealers "were supposed to remove the logo and it looks like they didn\'t do it".'
    )
    assert extract_statements(text)[-1].kind != "denial"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('He branded the accusations "ridiculous".', "denial"),
        ("The coach called the transfer stories utterly ridiculous.", "denial"),
        ('Her lawyer said she would "vigorously contest" the charges.', "denial"),
        ("The firm is contesting the allegations, its chief said.", "denial"),
        ('The club said the player "remains fully committed", rejecting talk of a move.', "denial"),
        ("The minister said he rejected speculation about his future.", "denial"),
        # neither a claim called ridiculous nor a claim contested
        ("It is ridiculous that we pay so much for the reports, she said.", "statement"),
        ("He will contest the election in May, his party said.", "statement"),
    ],
)
def test_a_claim_called_ridiculous_contested_or_talk_rejected(text: str, kind: str) -> None:
    assert _kinds(text, text[:20]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"That account is not mine," the striker said.', "denial"),
        ('"That is not my signature," she told the court.', "denial"),
        ('"These are not my words," the minister said of the leaked memo.', "denial"),
        # whose it is to do, or a first time: nothing disowned
        ('"The decision is not mine to make," he said.', "statement"),
        ('"This is not my first time here," he said.', "statement"),
    ],
)
def test_a_thing_disowned_in_the_first_person_is_denied(text: str, kind: str) -> None:
    assert _kinds(text, text[:20]) == [kind]


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("the president is seriously ill", '"The president is not sick," his office said.'),
        ("the couple had split", '"They are not separating," their spokesman said.'),
        ("the mayor hid the report", '"The mayor has not concealed any report," his aide said.'),
        ("the guards injured two fans", '"The guards did not hurt any fans," the club said.'),
        ("the suspect fled the country", '"He has not escaped the country," his lawyer said.'),
    ],
)
def test_a_denial_in_another_word_for_the_same_act(claim: str, said: str) -> None:
    """event_synonyms.tsv: one act told in two words ("ill" and "sick", "split" and
    "separating") is one claim denied."""
    text = f"The Daily Post reported that {claim}. {said}"
    assert _kinds(text, said[:15]) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Severn Water also said the post was wrong.",
        "The club said the tweets about its manager were incorrect.",
        "The bank said the messages circulating online were mistaken.",
    ],
)
def test_a_post_called_wrong_is_denied(text: str) -> None:
    assert _kinds(text, text[:20]) == ["denial"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"They have got it wrong," the coach said of the report.', "denial"),
        ("The minister said the paper had got the story badly wrong.", "denial"),
        ('"These are wild accusations," the embassy said.', "denial"),
        ('"They are unsubstantiated claims," her lawyer said.', "denial"),
        ('"They are wild animals," the keeper said.', "statement"),
    ],
)
def test_a_story_got_wrong_or_claims_called_wild(text: str, kind: str) -> None:
    assert _kinds(text, text[:20]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Nobody has done anything wrong," the chief executive said.', "denial"),
        ('"I didn\'t do anything wrong," the player said.', "denial"),
        ("The coach said he had never done anything illegal.", "denial"),
        ('"None of our staff did anything improper," the spokesman said.', "denial"),
        ('"We broke no law," the chairman said.', "denial"),
        ('"I committed no crime," the defendant told the court.', "denial"),
        # a wrong that is no deed of the speaker's denies nothing
        ('"Anything can go wrong in a final," the coach said.', "statement"),
    ],
)
def test_a_wrong_said_not_done_in_other_words(text: str, kind: str) -> None:
    """ "did nothing wrong" told as "didn't do anything wrong", "nobody has done anything
    wrong", "broke no law": the wrongdoing alleged denied."""
    assert _kinds(text, text[:20]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('A spokesman for the airline said the photo was "not one of ours".', "denial"),
        ('"That drone is not one of ours," the air force said.', "denial"),
        ('"Don\'t believe everything you read," the singer tweeted.', "denial"),
        ('"Do not believe the rumours," the club said.', "denial"),
        ('"He is not one of the best," the coach said.', "statement"),
        ('"I never believe what you say," he told his brother.', "statement"),
    ],
)
def test_a_thing_disowned_or_a_report_waved_away(text: str, kind: str) -> None:
    assert _kinds(text, text[:20]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"This is nothing more than an internet rumour," said the manager.', "denial"),
        ("A spokesman said the tweet was sent by an impostor.", "denial"),
        (
            'The airline said the passenger\'s account was "not consistent with" what the crew'
            " saw.",
            "denial",
        ),
        ("The company said the claims were inconsistent with its records.", "denial"),
        # results that disagree with other results deny nobody's account
        ("The results were inconsistent with earlier trials, the researchers said.", "statement"),
    ],
)
def test_a_rumour_a_message_by_an_impostor_an_account_at_odds(text: str, kind: str) -> None:
    assert _kinds(text, text[:20]) == [kind]


def test_an_editor_vouching_for_the_papers_own_report_denies_nothing() -> None:
    """sound_state.tsv ("they are genuine") answers a claim naming the speaker, never the
    speaker's own paper's report."""
    text = (
        "The Dunmore Observer reported that the mayor had received money from a developer. "
        "The Observer's editor, Mark Fenn, said the site had checked the documents. "
        '"We are confident they are genuine," he said.'
    )
    assert _kinds(text, '"We are confident') == ["statement"]
    accused = (
        "A consumer group claimed that Nutrio's formula contained lead. "
        "Nutrio said the product was completely safe."
    )
    assert _kinds(accused, "Nutrio said") == ["denial"]


def test_a_spokesman_of_the_denier_described_by_place_goes_on_denying() -> None:
    """ "Benfica distanced themselves from the story. A spokesman for the Portuguese club said
    the job "is not vacant".": Benfica's spokesman, negating, carries on Benfica's denial."""
    text = (
        "A Bola claimed that coach Luis Ramos had signed for Benfica.\n\n"
        "Benfica distanced themselves from the story. A spokesman for the Portuguese club "
        'said the coaching job "is not vacant".'
    )
    assert [s.kind for s in extract_statements(text)] == ["claim", "denial", "denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked whether she would resign, Marsh told reporters outside her home: "No. I have '
        'apologised and I have paid the money back."',
        'Asked if he would quit, the coach told the BBC: "No."',
    ],
)
def test_a_flat_no_told_to_a_hearer_is_a_denial(sentence: str) -> None:
    """ "told reporters: "No."": what was said comes after the hearer and the colon, a flat
    no, as "Smith said: "No."" is."""
    text = f"The Sunday Mirror reported that she would step down.\n\n{sentence}"
    assert extract_statements(text)[1].kind == "denial"


@pytest.mark.parametrize(
    ("claim", "answer"),
    [
        (
            'The Sunday Mirror reported that Helen Marsh would step down "within days".',
            'One senior MP said: "Helen isn\'t going anywhere."',
        ),
        (  # the claim told inside a denial
            "Downing Street rejected claims that Helen Marsh is about to resign.",
            'An ally said: "Helen is going nowhere."',
        ),
        (
            "The Sun reported that manager Dean Holt was set to be sacked.",
            '"I\'m not going anywhere," Holt told reporters.',
        ),
        (
            "A blog claimed the striker was leaving the club in January.",
            "His agent said he has no intention of leaving.",
        ),
        (  # "his client": the one the agent speaks for; a move to another club is leaving
            "Marca reported that striker Kofi Mensah was close to a move to Al-Nassr.",
            'Mensah\'s agent, Samuel Osei, said his client was "happy in Seville".',
        ),
    ],
)
def test_staying_answers_a_claim_of_leaving(claim: str, answer: str) -> None:
    """ "Helen isn't going anywhere" after a report that the minister would step down: saying
    the one said to be leaving stays denies it."""
    assert extract_statements(f"{claim}\n\n{answer}")[-1].kind == "denial"


def test_staying_without_a_claim_of_leaving_denies_nothing() -> None:
    text = (
        "The council said the library would reopen in May.\n\n"
        '"I\'m not going anywhere this summer," the mayor said.'
    )
    assert extract_statements(text)[-1].kind != "denial"


def test_the_denier_s_spokesman_goes_on_denying_in_a_quote() -> None:
    """The army denied the helicopter was shot down; its spokesman, a colonel, gives the army's
    account (a statement: the denier's side) and then, quoted, "There was no hostile action"
    (the denial carried on)."""
    text = (
        "Rebels said they had shot down a military helicopter near Kessa.\n\n"
        "The army denied that the helicopter had been brought down by enemy fire. An army "
        "spokesman, Colonel Idris Bako, said the aircraft had crashed because of a technical "
        'fault.\n\n"There was no hostile action," Bako said.'
    )
    assert [s.kind for s in extract_statements(text)] == ["claim", "denial", "statement", "denial"]


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        (
            "The World Health Organization has also said that hot drinks do not prevent infection.",
            "denial",
        ),
        ("The WHO, too, said hot drinks do not prevent infection.", "denial"),
        # not negated: a view of its own
        ("The WHO also said people should drink plenty of water.", "statement"),
    ],
)
def test_also_joins_the_denial_just_before(last: str, kind: str) -> None:
    """A negated remark that "also" joins another speaker's denial denies the same claim."""
    text = (
        "A message on WhatsApp claims that drinking hot water kills the virus.\n\n"
        '"There is no evidence that hot water protects against the virus," said Dr. Maya Lin.'
        f"\n\n{last}"
    )
    assert extract_statements(text)[-1].kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        'The president called the opposition\'s claims "the sour grapes of a bad loser".',
        'The club described the report as "wishful thinking".',
    ],
)
def test_a_claim_dismissed_as_spite_or_hope_is_denied(sentence: str) -> None:
    """ "sour grapes", "wishful thinking": a claim dismissed, not taken up."""
    [found] = extract_statements(sentence)
    assert found.kind == "denial"


@pytest.mark.parametrize(
    ("claim", "answer"),
    [
        (
            "A website said Kim Jong Un was gravely ill after heart surgery.",
            'The ministry said Kim appeared to be "alive and well".',
        ),
        (
            "Some outlets went further, claiming Kim was in a coma.",
            "South Korea said Kim seemed to be in good health.",
        ),
    ],
)
def test_well_after_a_claim_of_grave_illness(claim: str, answer: str) -> None:
    """Appearing "alive and well" or "in good health" answers a claim that the same person
    was gravely ill or in a coma."""
    assert extract_statements(f"{claim}\n\n{answer}")[-1].kind == "denial"


@pytest.mark.parametrize(
    "sentence",
    [
        "The quote combines a real interview with invented words about Christmas, according to "
        "Snopes.",
        'Her lawyer said the post carried "a fabricated quote".',
    ],
)
def test_words_called_invented_are_denied(sentence: str) -> None:
    """ "invented words", "a fabricated quote": what someone is said to have said, made up."""
    [found] = extract_statements(sentence)
    assert found.kind == "denial"


def test_evidence_that_proved_nothing_is_dismissed() -> None:
    text = (
        "A hacker group claimed it had knocked the bank's systems offline.\n\n"
        "Security researcher Ian Moss said the screenshots appeared to be from a test "
        "environment and proved nothing."
    )
    assert extract_statements(text)[-1].kind == "denial"


def test_happy_where_one_is_without_a_claim_of_leaving_denies_nothing() -> None:
    text = (
        "Marca said striker Kofi Mensah scored twice on Sunday.\n\n"
        'Mensah\'s agent, Samuel Osei, said his client was "happy in Seville".'
    )
    assert extract_statements(text)[-1].kind == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "A video that appears to show the candidate attacking pensions is a deepfake, her "
        "campaign said.",
        "TikTok said it had removed the video for violating its rules on manipulated media.",
    ],
)
def test_a_deepfake_or_manipulated_media_is_denied(sentence: str) -> None:
    [found] = extract_statements(sentence)
    assert found.kind == "denial"

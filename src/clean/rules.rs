//! Every word list, pattern and threshold of the cleaning stage, in one
//! table, each with what it is for (after Readability's `REGEXPS`).
//!
//! Matching is on the trimmed line, case-insensitively unless noted.

/// Lines that *start* with one of these are furniture, whatever follows.
/// (prefix, reason)
pub const FURNITURE_PREFIXES: &[(&str, &str)] = &[
    // a press-release wire's promotion after the release
    ("want your company's news featured on", "promo"),
    ("want your company\u{2019}s news featured on", "promo"),
    ("read:", "teaser"),
    ("read more:", "teaser"),
    ("read more ", "teaser"),
    ("read also:", "teaser"),
    ("also read:", "teaser"),
    ("see also:", "teaser"),
    ("related:", "teaser"),
    ("related articles", "teaser"),
    ("related stories", "teaser"),
    ("more on this story", "teaser"),
    ("also on ", "teaser"),
    ("watch:", "teaser"),
    ("related reading:", "teaser"),
    ("recommended:", "teaser"),
    ("listen:", "teaser"),
    // an audio player's line ("Listen to this article · 4:12 min Learn more")
    ("listen to this article", "share"),
    // Axios' teaser under its articles ("Go deeper: Corvena's aging ferry
    // fleet")
    ("go deeper:", "teaser"),
    // a wire story's update note and a credit for help ("(Updates with
    // closing share price in third paragraph.)", "— With assistance from
    // Tomas Brenn": Bloomberg's)
    ("(updates with ", "status"),
    ("(updates to ", "status"),
    ("— with assistance from ", "byline"),
    ("with assistance from ", "byline"),
    // a correspondent's dateline under the byline ("Reporting from Elsham,
    // England": the New York Times', the BBC's)
    ("reporting from ", "dateline"),
    ("share:", "share"),
    ("share this", "share"),
    ("share on ", "share"),
    ("follow us", "share"),
    ("get short url", "share"),
    ("short link:", "share"),
    ("short url:", "share"),
    // a post-views plugin's counter ("(Visited 1,902 times, 364 visits today)")
    ("(visited ", "counter"),
    ("link copied to clipboard", "share"),
    ("click here", "share"),
    ("click to share on", "share"),
    // a comment's reply button ("Reply to Sam K")
    ("reply to ", "comments"),
    ("sign up", "newsletter"),
    ("subscribe to", "newsletter"),
    ("subscribe on ", "newsletter"),
    // "Disclosure: this post contains affiliate links ..."
    ("disclosure:", "promo"),
    ("newsletter", "newsletter"),
    ("error: content is protected", "protection"),
    ("by continuing to use", "cookies"),
    ("accept cookies", "cookies"),
    ("cookie policy", "cookies"),
    ("privacy policy", "cookies"),
    ("©", "copyright"),
    ("(c) ", "copyright"),
    ("copyright", "copyright"),
    ("all rights reserved", "copyright"),
    ("advertisement", "advert"),
    ("sponsored", "advert"),
    ("image caption", "caption"),
    ("image copyright", "caption"),
    ("media caption", "caption"),
    ("photo:", "caption"),
    // photo credits ("Photo Credit: …", "Image courtesy of …", "Credit: …")
    ("photo credit", "caption"),
    ("image credit", "caption"),
    ("photo courtesy", "caption"),
    ("image courtesy", "caption"),
    // (a trailing space, not the colon, ends these two: a long sentence
    // that happens to start "Credit: …" is not removed)
    ("credit: ", "caption"),
    ("image: ", "caption"),
    ("photo by ", "caption"),
    ("image by ", "caption"),
    ("getty images", "caption"),
    // shopping widgets of review and deal pages ("Check price at Amazon",
    // "Price comparison from over 24,000 stores worldwide", "Get a Quote
    // from ..."): on the dev pastes 107 such lines, none of them article text
    ("check price at ", "promo"),
    ("see price at ", "promo"),
    ("price comparison from", "promo"),
    ("get a quote", "promo"),
    ("get a free quote", "promo"),
    // calls to action, teaser and widget headings, form labels and
    // consent lines of blog and company-site templates (each with no
    // article line among the dev pastes' lines it starts)
    ("written by ", "byline"),
    ("fact checked by", "byline"),
    ("posted in ", "navigation"),
    // "Posted on December 20, 2025 by Jean-Luc Aufranc - 5 Comments"
    ("posted on ", "timestamp"),
    ("filed under", "navigation"),
    ("tags:", "navigation"),
    ("category:", "navigation"),
    ("categories:", "navigation"),
    ("table of contents", "navigation"),
    ("see more", "navigation"),
    ("view more", "navigation"),
    ("explore more", "teaser"),
    ("more from ", "teaser"),
    ("previous post", "teaser"),
    ("next post", "teaser"),
    ("newer post", "teaser"),
    ("older post", "teaser"),
    ("popular posts", "teaser"),
    ("get the latest ", "newsletter"),
    ("join our ", "newsletter"),
    ("by signing up", "form"),
    ("by submitting", "form"),
    ("loading comments", "comments"),
    ("click to ", "promo"),
    ("apply now", "promo"),
    ("book a demo", "promo"),
    ("download our ", "promo"),
    ("sponsor message", "advert"),
    ("jump to ", "navigation"),
    ("thanks for signing up", "newsletter"),
    ("republish this article", "promo"),
    ("republish our articles", "promo"),
    ("unblock content", "cookies"),
    ("leave this field empty", "form"),
    ("details to follow", "status"),
    ("more to follow", "status"),
    ("updated:", "timestamp"),
    ("published:", "timestamp"),
    ("last updated", "timestamp"),
    // product-photo credits, comment widgets, newsletter confirmations and
    // quote buttons of listing pages ("Courtesy of brand", "Be the first to
    // comment", "Thanks for subscribing!", "Check prices (800) ..."); none
    // starts an article line on the dev pastes
    ("courtesy of ", "caption"),
    ("be the first to comment", "comments"),
    ("thanks for subscribing", "newsletter"),
    ("thank you for subscribing", "newsletter"),
    ("check prices", "promo"),
    ("get quote", "promo"),
    ("check also:", "teaser"),
    // an embedded social post's credit line ("A post shared by ...")
    ("a post shared by", "embed"),
    ("skip to ", "navigation"),
    // DW's "Skip next section Navigation"
    ("skip next section", "navigation"),
    // the Daily Mail's share box
    ("share or comment on this article", "share"),
    ("add us on ", "share"),
    ("click a star to", "rating"),
    // a news network's AI-summary widget ("Generate a summary of this story")
    ("generate a summary of this story", "widget"),
    ("here is a fact-based summary", "widget"),
    ("try something different:", "widget"),
    ("show me the facts", "widget"),
];

/// Lines that *contain* one of these anywhere are furniture when they are
/// also short (at most [`INFIX_MAX_WORDS`] words). (needle, reason)
pub const FURNITURE_INFIXES: &[(&str, &str)] = &[
    ("all rights reserved", "copyright"),
    ("uses cookies", "cookies"),
    ("privacy policy", "cookies"),
    ("download the app", "app-promo"),
    ("news app", "app-promo"),
    ("get the app", "app-promo"),
    ("sign up for our", "newsletter"),
    ("subscribe to our", "newsletter"),
    ("follow us on", "share"),
    ("(opens in new", "share"),
    ("cookie", "cookies"),
    // a credit at the end of a short caption ("The quay at dawn. Credit: …")
    ("credit:", "caption"),
    ("getty images", "caption"),
    ("shutterstock", "caption"),
    // reading time ("23.07.2025 · 6 min read"): 61 such lines on the dev
    // pastes, on 30 pages, none of them article text
    ("min read", "timestamp"),
    ("min. read", "timestamp"),
    ("minute read", "timestamp"),
    // "Reading time: 8 minutes": 5 such lines on the dev pastes; one is
    // labelled content (the labelling's context rule), none is prose
    ("reading time:", "timestamp"),
    // a sign-up box's confirmation ("Awesome, you're subscribed!") and a
    // book site's button ("Add to Goodreads To-Read List"): 12 lines on
    // the dev pastes, none of them article text
    ("you're subscribed", "newsletter"),
    ("you\u{2019}re subscribed", "newsletter"),
    ("to-read list", "promo"),
];

/// Lines that contain one of these and have at most
/// [`NEWSLETTER_MAX_WORDS`] words are a newsletter box ("Get the latest
/// tips delivered to your inbox"): 51 such lines on the dev pastes, on 26
/// pages, none of them article text. (needle, reason)
/// Also Substack's "Thanks for reading X! Subscribe for free to receive
/// new posts and support my work."
/// And a box's label ("Free weekly newsletter", "Get the free daily
/// newsletter read by decision makers": 4 dev lines, none article text).
pub const NEWSLETTER_INFIXES: &[(&str, &str)] = &[
    ("to your inbox", "newsletter"),
    ("in your inbox", "newsletter"),
    ("receive new posts", "newsletter"),
    ("free weekly newsletter", "newsletter"),
    ("free daily newsletter", "newsletter"),
];
/// See [`NEWSLETTER_INFIXES`].
pub const NEWSLETTER_MAX_WORDS: usize = 25;

/// A line that closes a newsletter box as the Guardian's pages paste it
/// ("Sign up to This is Europe" / "Free weekly newsletter" / its pitch /
/// its small print / "after newsletter promotion"): the lines between it
/// and the box's sign-up line above, at most [`NEWSLETTER_BOX_MAX_LINES`]
/// of them, are the box's.
pub const NEWSLETTER_BOX_ENDS: &[&str] = &["after newsletter promotion"];
/// See [`NEWSLETTER_BOX_ENDS`].
pub const NEWSLETTER_BOX_MAX_LINES: usize = 6;
/// The lines between two lines of a reader-funding appeal at most this
/// many lines apart are the appeal's ("Support truly independent
/// journalism" / "Our mission is to deliver unbiased, fact-based
/// reporting ..." / "Whether $5 or $50, every contribution counts.").
pub const APPEAL_BOX_MAX_LINES: usize = 4;
/// A newsletter line longer than this many words must also carry one of
/// [`NEWSLETTER_CUES`]: an article sentence about e-mail ("Scam messages
/// in your inbox are rising") has none of them (46 of the 51 dev lines
/// do; the other 5 are 8 words or fewer).
pub const NEWSLETTER_BARE_MAX_WORDS: usize = 8;
/// See [`NEWSLETTER_BARE_MAX_WORDS`]: words, or with a final `*` the start
/// of a word ("deliver*" is "delivered", not "redelivery").
pub const NEWSLETTER_CUES: &[&str] = &[
    "sign", "signup", "subscri*", "newsletter*", "deliver*", "straight", "daily", "weekly", "every", "get", "free",
    "join", "email", "send",
];

/// A line that starts with one of these words (as words: not
/// "Subscribers ...") and holds a word of [`SIGN_UP_CUES`] is a sign-up
/// box at any length ("Get our free Morning Headlines email ...", "Sign up
/// to our newsletter to enjoy New York without
/// spending a thing (as well as options when you're feeling flush).",
/// "Subscribe to the SecurityWeek Daily Briefing and get the latest content
/// delivered to your inbox."). The prefixes of [`FURNITURE_PREFIXES`] catch
/// the short ones. On the dev pastes (2026-12-05): 24 such lines, none of
/// them article text; without the cue, "Subscribe & download the episode to
/// your device: Apple Podcasts | Spotify" is (a podcast page's text).
pub const SIGN_UP_STARTS: &[&str] = &["sign up", "subscribe", "get our"];
/// See [`SIGN_UP_STARTS`]: words, or with a final `*` the start of a word.
pub const SIGN_UP_CUES: &[&str] =
    &["newsletter*", "email*", "mail", "inbox", "subscriber*", "receive", "updates", "briefing"];

/// Lines that contain one of these are an affiliate disclosure (or a
/// sign-up box's consent, below), at any length ("Products are chosen
/// independently by our editors. Purchases made through our links may earn
/// us a commission."): 22 such lines on the
/// dev pastes, on 19 pages, none of them article text. Generic phrases
/// that article prose uses too ("independently chosen by a panel",
/// "reader-supported") are left out. (needle, reason)
pub const DISCLOSURE_INFIXES: &[(&str, &str)] = &[
    ("purchases made through our links", "promo"),
    ("may earn us a commission", "promo"),
    ("we may earn a commission", "promo"),
    ("we may earn commission", "promo"),
    ("this article includes affiliate links", "promo"),
    ("independently selected by our editors", "promo"),
    ("as an amazon associate", "promo"),
    ("pricing and availability subject to change", "promo"),
    // 2026-12-05: the forms of the disclosure that no article line of the
    // dev pastes holds (13 more furniture lines removed, full page; 9 in
    // windows); "may contain affiliate links", "earn a commission" and "at
    // no extra cost to you" are also in article text there
    ("may use affiliate links", "promo"),
    ("affiliate links are used", "promo"),
    ("we earn a commission", "promo"),
    ("may receive compensation", "promo"),
    ("may receive a small commission", "promo"),
    ("may earn a small commission", "promo"),
    ("earn us a small commission", "promo"),
    ("may generate small commissions", "promo"),
    ("commission from affiliate links", "promo"),
    // a sign-up box's consent line ("By entering your email address you
    // agree to our Terms of Use and Privacy Policy ..."), at any length:
    // 2026-12-05, none of them in an article line of the dev pastes
    ("agree to our terms", "newsletter"),
    ("you agree to our", "newsletter"),
    ("by clicking sign", "newsletter"),
    ("by clicking subscribe", "newsletter"),
    ("by entering your email", "newsletter"),
    ("by submitting", "newsletter"),
    ("consent to receive", "newsletter"),
    ("you confirm you are", "newsletter"),
    ("by subscribing", "newsletter"),
    ("unsubscribe at any time", "newsletter"),
    // a form's captcha notice ("This site is protected by reCAPTCHA and
    // the Google Privacy Policy and Terms of Service apply."; 3 dev lines,
    // none article text) and a newsletter box's small print ("Privacy
    // Notice: Newsletters may contain info about charities, ...")
    ("terms of service apply", "newsletter"),
    ("protected by recaptcha", "newsletter"),
    ("newsletters may contain", "newsletter"),
    // a reader-funding appeal at the end of a story ("Since you made it to
    // the bottom of this article, we have a small favor to ask.", "Please
    // consider supporting us."): 2026-12-05, 9 such lines on the dev
    // pastes, none of them article text
    ("small favor to ask", "appeal"),
    ("small favour to ask", "appeal"),
    ("please consider supporting", "appeal"),
    ("consider pitching in", "appeal"),
    ("become a patron", "appeal"),
    ("donate via", "appeal"),
    ("support independent journalism", "appeal"),
    ("support our journalism", "appeal"),
    // (the Independent's box: "Support truly independent journalism" /
    // "Our mission is to deliver ..." / "Whether $5 or $50, every
    // contribution counts." / "Support us to deliver journalism without an
    // agenda."; no dev paste holds one)
    ("support truly independent journalism", "appeal"),
    ("every contribution counts", "appeal"),
    ("journalism without an agenda", "appeal"),
    // a newsletter box's line at any length ("Want more stories like this?
    // Sign up for our newsletter."): 47 lines on the dev pastes hold "our
    // newsletter", none of them article text
    ("our newsletter", "newsletter"),
    // a syndicated story's note ("(Except for the headline, this story has
    // not been edited by NDTV staff and is published from a syndicated
    // feed.)"; no dev paste holds one)
    ("from a syndicated feed", "syndication"),
    ("has not been edited by", "syndication"),
    // a consent plugin's placeholder for a blocked embed ("To see this
    // content please enable targeting cookies. Manage cookie settings")
    ("manage cookie settings", "cookies"),
    ("enable targeting cookies", "cookies"),
    // a metered paywall's count ("You have 3 free articles left")
    ("free articles left", "paywall"),
    ("free articles remaining", "paywall"),
    ("free article left", "paywall"),
];

/// Photo agencies: a line ending with one of these after a `/` or `|`
/// ("Pilates is the most-booked workout. Jane Doe / Getty Images") is a
/// caption at any length (38 such lines on the dev pastes, none of them
/// article text). A caption may also end in a credit in brackets, "(Image
/// via Example)", or after a dash, "... – Photo credit: Jane Doe".
pub const CREDIT_AGENCIES: &[&str] = &["getty images", "shutterstock", "istock", "alamy", "unsplash"];
/// A press-release wire's "SOURCE Company Name" line (the word in
/// capitals) has at most this many words.
pub const RELEASE_SOURCE_MAX_WORDS: usize = 8;
/// At most this many capitals in a caption's closing credit after its full
/// stop, "... on Tuesday. (KXYZ)" (text.rs `ends_in_call_sign`; none of the
/// dev pastes' lines ends so, "(Review)" after a sentence is article text).
pub const CALL_SIGN_MAX_LETTERS: usize = 6;
/// Wire agencies as a photo's credit at the end of a line, after a
/// photographer's name and a `/` ("Sam Reed/AP", "Nick Oxford/Human Rights
/// Campaign via AP"), as a whole word: not after `|`, which ends a page
/// title ("Ferry returns after winter repairs | Reuters").
pub const WIRE_CREDIT_AGENCIES: &[&str] = &["ap", "afp", "reuters", "epa", "pa media", "pa wire"];

/// A caption's credit at the end of the line: one of these labels
/// followed by a name of 1 to [`CREDIT_NAME_MAX_WORDS`] words without
/// digits that ends the line ("... with bike mount. Photo: GoPro", "... in
/// time for the holidays Credit: Apple", "(Picture credit: Getty)"). The
/// labels with a colon may stand anywhere; the others open the line's last
/// sentence or bracket ("... in Central Park. Photograph by Richard
/// Hayden.", "Photo by Timothy Schenk, courtesy of the High Line."), or a
/// holder's name after "©" that follows more than three words ("Catalina
/// Island, CA | © 2017 Jon Norris"). On the dev pastes (2026-12-05): 69
/// more furniture lines removed (full page) and 45 (window), none of them
/// article text; "video:" as a label would lose "Video: Colonial Van Lines
/// University" (article text).
pub const CREDIT_LABELS: &[&str] = &[
    "photo:", "photo :", "photos:", "photograph:", "photography:", "image:", "images:", "picture:", "credit:", "credits:",
    "photo credit:", "image credit:", "picture credit:", "illustration:",
    // Sky's "... near Brisa. Pic: EPA"
    "pic:",
];
/// See [`CREDIT_LABELS`]: the labels that open the last sentence.
pub const CREDIT_SENTENCE_LABELS: &[&str] = &[
    "photo by ", "photos by ", "photograph by ", "photographs by ", "image by ", "illustration by ", "photo courtesy ",
    "photograph courtesy ", "image courtesy ", "photo via ", "image via ",
    // a wire photo's credit after the caption: "(AP Photo/Ada Lind)"
    "ap photo", "afp photo", "reuters photo", "pa photo",
];
/// See [`CREDIT_LABELS`].
pub const CREDIT_NAME_MAX_WORDS: usize = 8;
/// A caption's credit after "Credit..." at its end, as the New York Times'
/// pages paste it ("Protesters outside Parliament on Tuesday.Credit...Jonas
/// Berg for The New York Times"), of at most
/// [`CREDIT_ELLIPSIS_MAX_WORDS`] words.
pub const CREDIT_ELLIPSIS_LABELS: &[&str] = &["credit...", "credit\u{2026}"];
/// See [`CREDIT_ELLIPSIS_LABELS`].
pub const CREDIT_ELLIPSIS_MAX_WORDS: usize = 10;
/// Words (at a word start) one of which every photographer's credit holds:
/// the credit forms are looked for only in a line that has one, found in
/// the same pass as [`DISCLOSURE_INFIXES`] (a line without one costs no
/// more).
pub const CREDIT_CUES: &[&str] = &["photo", "image", "picture", "credit", "illustration", "pic"];

/// Whole lines (after trimming and lower-casing) that are always furniture.
pub const FURNITURE_EXACT: &[(&str, &str)] = &[
    // comment forms and site widgets
    ("leave a reply cancel reply", "comments"),
    // a press-release wire's header ("News provided by" / the company)
    ("news provided by", "header"),
    // a picture's label over its caption ("Image:" / "Volunteers clean
    // ...", Sky's)
    ("image", "caption"),
    // a share counter's label under its count ("12" / "shares")
    ("shares", "share"),
    // privacy links, price and share buttons, a news section's teaser
    // heading (2026-12-04: 27 such lines on the dev pastes, on 14
    // pages, none of them article text)
    ("do not sell my personal information", "cookies"),
    ("do not sell or share my personal information", "cookies"),
    ("share post", "share"),
    ("see pricing", "promo"),
    ("get price", "promo"),
    ("more news in this category", "teaser"),
    ("leave a comment cancel reply", "comments"),
    ("subscribe sign in", "navigation"),
    ("search for", "navigation"),
    ("recent posts", "navigation"),
    ("written by", "byline"),
    // single words of site menus and forms, alone on a line (none is
    // article text on the dev pastes; "Δ" is a form's hidden check field)
    ("δ", "form"),
    ("about the author", "byline"),
    ("blog", "navigation"),
    ("about", "navigation"),
    ("contact", "navigation"),
    ("resources", "navigation"),
    ("company", "navigation"),
    ("solutions", "navigation"),
    ("product", "navigation"),
    ("watch next", "teaser"),
    ("email address", "form"),
    ("your email", "form"),
    ("your email*", "form"),
    ("your email address", "form"),
    ("submit", "form"),
    ("we care about your privacy", "cookies"),
    ("posted by", "byline"),
    ("by", "byline"),
    ("author", "byline"),
    ("share", "share"),
    // a news page's share row ("Link", "Share", "Gift": The Verge's;
    // "Translate": Bloomberg's)
    ("link", "share"),
    // Bloomberg's inline promotion
    ("before it’s here, it’s on the bloomberg terminal", "promo"),
    ("before it's here, it's on the bloomberg terminal", "promo"),
    ("gift", "share"),
    ("translate", "share"),
    ("share this", "share"),
    ("share this article", "share"),
    ("share this story", "share"),
    ("share on facebook", "share"),
    ("share on twitter", "share"),
    ("tweet", "share"),
    ("email", "share"),
    ("e-mail", "share"),
    ("print", "share"),
    ("copy link", "share"),
    ("link copied", "share"),
    ("facebook", "share"),
    ("twitter", "share"),
    ("linkedin", "share"),
    ("pinterest", "share"),
    ("reddit", "share"),
    ("whatsapp", "share"),
    ("instagram", "share"),
    ("youtube", "share"),
    ("telegram", "share"),
    ("save", "share"),
    ("bookmark", "share"),
    ("save article", "share"),
    ("listen", "share"),
    ("listen to this article", "share"),
    ("get short url", "share"),
    ("podcasts", "navigation"),
    ("all podcasts", "navigation"),
    ("home", "navigation"),
    ("menu", "navigation"),
    ("main menu", "navigation"),
    ("open menu", "navigation"),
    ("close menu", "navigation"),
    ("toggle navigation", "navigation"),
    ("navigation", "navigation"),
    ("search", "navigation"),
    ("close", "navigation"),
    ("skip to content", "navigation"),
    ("skip to main content", "navigation"),
    ("skip to footer", "navigation"),
    ("back to top", "navigation"),
    // buttons alone on a line: "Back" (8 dev pastes), "X" (close, or share
    // to X; 23), "No thanks" (a pop-up's refusal; 3), "Get in touch" (8);
    // none of them article text there
    ("back", "navigation"),
    ("x", "share"),
    ("no thanks", "form"),
    ("get in touch", "contact"),
    ("next", "navigation"),
    ("previous", "navigation"),
    ("next article", "navigation"),
    ("previous article", "navigation"),
    ("next post", "navigation"),
    ("previous post", "navigation"),
    ("more", "navigation"),
    ("see more", "navigation"),
    ("show more", "navigation"),
    ("load more", "navigation"),
    ("view all", "navigation"),
    ("see all", "navigation"),
    ("read more", "navigation"),
    ("continue reading", "navigation"),
    ("read full article", "navigation"),
    ("read full review", "navigation"),
    ("table of contents", "navigation"),
    ("contents", "navigation"),
    ("in this article", "navigation"),
    ("jump to", "navigation"),
    ("tags", "navigation"),
    ("topics", "navigation"),
    ("categories", "navigation"),
    ("log in", "navigation"),
    ("login", "navigation"),
    ("sign in", "navigation"),
    ("register", "navigation"),
    // the Independent's sign-in notice (see ANY_LENGTH_PREFIXES)
    ("thank you for registering", "account"),
    ("sign up", "navigation"),
    ("subscribe", "navigation"),
    ("about us", "navigation"),
    ("contact us", "navigation"),
    ("privacy", "navigation"),
    ("terms of use", "navigation"),
    ("terms of service", "navigation"),
    ("sitemap", "navigation"),
    ("related", "teaser"),
    ("related posts", "teaser"),
    ("related articles", "teaser"),
    ("related stories", "teaser"),
    ("related content", "teaser"),
    ("you may also like", "teaser"),
    ("you might also like", "teaser"),
    ("recommended", "teaser"),
    ("recommended for you", "teaser"),
    ("recommended stories", "teaser"),
    ("recommended articles", "teaser"),
    ("more stories", "teaser"),
    ("more news", "teaser"),
    ("most read", "teaser"),
    ("most popular", "teaser"),
    ("popular", "teaser"),
    ("trending", "teaser"),
    ("trending now", "teaser"),
    ("latest", "teaser"),
    ("latest news", "teaser"),
    ("latest stories", "teaser"),
    ("editor's picks", "teaser"),
    ("don't miss", "teaser"),
    ("more from this author", "teaser"),
    ("comments", "comments"),
    ("comment", "comments"),
    ("leave a comment", "comments"),
    ("leave a reply", "comments"),
    ("leave a reply cancel reply", "comments"),
    ("cancel reply", "comments"),
    ("post comment", "comments"),
    ("reply", "comments"),
    ("add comment", "comments"),
    ("view comments", "comments"),
    ("show comments", "comments"),
    ("join the conversation", "comments"),
    ("accept", "cookies"),
    ("accept all", "cookies"),
    ("accept cookies", "cookies"),
    ("reject all", "cookies"),
    ("manage preferences", "cookies"),
    ("cookie settings", "cookies"),
    ("got it", "cookies"),
    ("ok", "cookies"),
    ("i agree", "cookies"),
    ("advertisement", "advert"),
    ("advertising", "advert"),
    ("ad", "advert"),
    ("ads", "advert"),
    ("sponsored", "advert"),
    ("sponsored content", "advert"),
    ("story continues below advertisement", "advert"),
    ("article continues below advertisement", "advert"),
    // the reading cues of news templates around an advert or a paywall
    // ("Continue reading the main story", "Supported by", "Gift this
    // article", Reuters' standards link): 2026-12-05, 10 such lines on the
    // dev pastes, none of them article text
    ("article continues below", "advert"),
    ("story continues below", "advert"),
    ("continue reading below", "advert"),
    ("continue reading the main story", "advert"),
    ("supported by", "advert"),
    ("gift this article", "share"),
    ("share full article", "share"),
    ("our standards: the thomson reuters trust principles", "share"),
    // the buttons and section labels of news templates (2026-12-05: 9 such
    // lines on the dev pastes, none of them article text; the dev pages are
    // mostly not news, so most of these are there for the news sites a
    // reader compares): "Top stories", "Related topics", "View image in
    // fullscreen", "Reuse this content", "Ad Feedback"
    ("top stories", "teaser"),
    ("related topics", "teaser"),
    ("related article", "teaser"),
    ("related coverage", "teaser"),
    ("most viewed", "teaser"),
    ("editors' picks", "teaser"),
    ("elsewhere on the bbc", "teaser"),
    ("watch now", "teaser"),
    ("after newsletter promotion", "newsletter"),
    ("view image in fullscreen", "caption"),
    ("enlarge this image", "caption"),
    ("toggle caption", "caption"),
    ("reuse this content", "share"),
    ("add topic", "share"),
    ("open in app", "share"),
    ("font size", "share"),
    ("print this page", "share"),
    ("contact the author", "share"),
    ("ad feedback", "advert"),
    ("edited by", "byline"),
    ("produced by", "byline"),
    // more of the same, and a news site's section labels above or inside
    // the story ("Opinion", "Live", "Video", "In pictures"): 2026-12-05,
    // 96 such lines on the dev pastes, none of them article text
    ("skip ad", "advert"),
    ("continue watching", "teaser"),
    ("story continues", "advert"),
    ("keep reading", "teaser"),
    ("scroll to continue", "advert"),
    ("read next", "teaser"),
    ("read the full story", "teaser"),
    ("read full story", "teaser"),
    ("most shared", "teaser"),
    ("in pictures", "teaser"),
    ("watch", "teaser"),
    ("share via", "share"),
    ("following", "share"),
    ("unfollow", "share"),
    ("email the author", "share"),
    ("saved", "share"),
    ("listen to article", "share"),
    ("audio", "share"),
    ("send us your feedback", "share"),
    ("report an error", "share"),
    ("flag this comment", "comments"),
    ("accessibility help", "navigation"),
    ("subscribe for full access", "paywall"),
    ("create a free account", "paywall"),
    ("this article is for subscribers only", "paywall"),
    ("subscriber-only", "paywall"),
    ("subscribers only", "paywall"),
    ("already have an account? log in", "paywall"),
    ("already have an account? sign in", "paywall"),
    ("already a subscriber? log in", "paywall"),
    ("already a subscriber? sign in", "paywall"),
    ("exclusive", "section"),
    ("opinion", "section"),
    ("live", "section"),
    ("breaking news", "status"),
    ("developing", "status"),
    ("video", "section"),
    ("videos", "section"),
    ("photos", "section"),
    ("gallery", "section"),
    // a wire agency's name alone, under a photo or at the story's end
    ("ap", "caption"),
    ("afp", "caption"),
    ("agence france-presse", "caption"),
    ("pa media", "caption"),
    ("reuters", "caption"),
    // the rest of a news page's furniture in the story's flow: partner
    // widgets, paywall prompts, appeals (2026-12-05: 15 such lines on the
    // dev pastes, none of them article text)
    ("more coverage", "teaser"),
    ("trending stories", "teaser"),
    ("promoted stories", "advert"),
    ("paid content", "advert"),
    ("partner content", "advert"),
    ("recommended by", "advert"),
    ("around the web", "advert"),
    ("from our partners", "advert"),
    ("ads by google", "advert"),
    ("report this ad", "advert"),
    ("continue reading for free", "paywall"),
    ("register for free to continue reading", "paywall"),
    ("log in to continue", "paywall"),
    ("donate", "appeal"),
    ("support us", "appeal"),
    ("have a tip? contact us", "share"),
    ("privacy notice", "cookies"),
    ("read our privacy notice", "cookies"),
    ("file photo", "caption"),
    // a live blog's controls ("Key event", "Pinned post", "Show key events
    // only", "Older", "Newer"): none on the dev pastes, which hold no live
    // blog
    ("key event", "live-blog"),
    ("key events", "live-blog"),
    ("pinned post", "live-blog"),
    ("show key events only", "live-blog"),
    ("filters beta", "live-blog"),
    ("live feed", "live-blog"),
    ("show all", "live-blog"),
    ("older", "live-blog"),
    ("newer", "live-blog"),
    ("older posts", "navigation"),
    ("newer posts", "navigation"),
    ("please turn on javascript to use this feature", "status"),
    // news sites' own widgets, as pasted (Al Jazeera's icon names and
    // reading list, Sky's video player, NPR's transcript credit, The
    // Independent's bookmarks): none on the dev pastes
    ("share2", "icons"),
    ("twitter-x", "icons"),
    ("copylink", "icons"),
    ("save articles to read later and create your own reading list", "share"),
    ("please use chrome browser for a more accessible video player", "status"),
    ("why you can trust sky news", "share"),
    ("watch more videos", "teaser"),
    ("bookmark popover", "share"),
    ("removed from bookmarks", "share"),
    ("become an npr sponsor", "advert"),
    ("transcript provided by npr, copyright npr", "copyright"),
    ("close image caption", "caption"),
    ("sign in with email", "navigation"),
    ("see deal", "promo"),
    ("start free trial", "promo"),
    ("request information", "promo"),
    ("get a quote", "promo"),
    ("buy on amazon", "promo"),
    ("check price on amazon", "promo"),
    ("check price", "promo"),
    ("book now", "promo"),
    ("buy now", "promo"),
    ("shop now", "promo"),
    ("learn more", "promo"),
    ("get started", "promo"),
    ("try it free", "promo"),
    ("download", "promo"),
    ("subscribe now", "promo"),
    ("thank you for your feedback", "promo"),
    ("was this helpful", "promo"),
    ("was this article helpful", "promo"),
    ("feedback", "promo"),
    ("loading", "status"),
    ("details to follow", "status"),
    ("more to follow", "status"),
    ("developing story", "status"),
    ("breaking", "status"),
    // widgets of blog and site templates (comment plugins, cookie-consent
    // dialogs, post navigation, search boxes, sign-up buttons); none is an
    // article line on the dev pastes
    ("post navigation", "navigation"),
    ("what are you looking for?", "navigation"),
    ("back to blog", "navigation"),
    ("close window", "navigation"),
    ("toggle", "navigation"),
    ("embed", "share"),
    ("follow", "share"),
    ("notify of", "comments"),
    ("new follow-up comments new replies to my comments", "comments"),
    ("always enabled", "cookies"),
    ("privacy overview", "cookies"),
    ("no credit card required", "promo"),
    ("get started for free", "promo"),
    // buttons of review lists, galleries and newsletter forms (none an
    // article line on the dev pastes)
    ("to the review", "promo"),
    ("(to the review)", "promo"),
    ("read review", "promo"),
    ("see review", "promo"),
    ("show caption", "caption"),
    ("hide caption", "caption"),
    ("pin it", "share"),
    ("pin it here", "share"),
    ("share on", "share"),
    ("copied", "share"),
    ("play video", "navigation"),
    ("expand all", "navigation"),
    ("collapse all", "navigation"),
    ("enter email address", "form"),
    ("enter your email", "form"),
    ("enter your email address", "form"),
    ("email (required)", "form"),
    ("email *", "form"),
    ("yes no", "form"),
    ("start now", "promo"),
    ("download now", "promo"),
    ("get a demo", "promo"),
    ("request a demo", "promo"),
    ("book a demo", "promo"),
    ("schedule a demo", "promo"),
    ("start free trial get a demo", "promo"),
    ("start your free trial", "promo"),
    ("become a member", "promo"),
    ("work with us", "promo"),
    ("try for free", "promo"),
    ("try it for free", "promo"),
    ("sign up for free", "promo"),
];
/// Share buttons: a line made only of these words, two or more of them
/// ("X Facebook Email LinkedIn", "Email Facebook LinkedIn Twitter Copy
/// URL", "open share links close share links", "Facebook Tweet Pin"), is a
/// row of share buttons.
pub const SHARE_BUTTON_WORDS: &[&str] = &[
    "print", "email", "share", "tweet", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit",
    "x", "copy", "link", "telegram", "threads", "bluesky", "flipboard", "messenger", "url", "links", "open",
    "close", "pin", "mail",
];

/// A line whose words mostly end in or contain "icon" is an icon-font dump.
/// Minimum share of such words.
pub const ICON_WORD_SHARE: f64 = 0.3;
/// ... and the minimum number of words for that rule.
pub const ICON_MIN_WORDS: usize = 6;

/// A line of at most this many words, without final punctuation, is "short":
/// a heading inside the article, furniture at its edges.
pub const SHORT_LINE_WORDS: usize = 3;

/// A heading candidate (no final punctuation) has at most this many words.
pub const HEADING_MAX_WORDS: usize = 20;

/// A line opening with one of these is an item of a list, never a heading
/// (the last of "- 1,400+ firefighters on the ground" / "- 85 homes
/// destroyed" stands over prose as a subheading does). A numbered item
/// ("1. Understand your users") may be one: a listicle's sections are.
pub const LIST_ITEM_MARKERS: &[&str] = &["- ", "* ", "\u{2022} ", "\u{00b7} ", "\u{25aa} ", "\u{25e6} ", "\u{2023} "];

/// A headline has at least this many words (shorter lines before the body
/// are section names and menus).
pub const TITLE_MIN_WORDS: usize = 4;
/// The headline is looked for among this many lines before the body,
/// not counting lines a rule already marks as furniture (a share menu's
/// "Link copied", "Email", "Facebook" under AP's byline and time stamp),
/// and at most [`TITLE_LOOKBACK_MAX_LINES`] lines in all.
pub const TITLE_LOOKBACK: usize = 12;
/// See [`TITLE_LOOKBACK`].
pub const TITLE_LOOKBACK_MAX_LINES: usize = 30;
/// A line of these words (a trailing ':' aside) opens a list of the
/// article's points above its body ("Key points" / "At least 14 people
/// have died in the floods" / ...): the points are no headline, however
/// headline-shaped (they stay as article text).
pub const KEY_POINTS_MARKERS: &[&str] =
    &["key points", "key takeaways", "key facts", "takeaways", "at a glance", "highlights", "in brief", "in short", "what you need to know"];
/// A headline may stand over this many standfirst points, each a line of
/// its own that the opening echoes (the Daily Mail's bullets): the topmost
/// echoed headline-shaped line of such a run is the headline
/// (`text::find_title`).
pub const TITLE_STANDFIRST_POINTS: usize = 3;
/// The headline is the headline-shaped line before the body with the
/// largest share of its words in the first line (the page's title in a
/// full-page paste), if that share is at least this. Measured on the dev
/// pastes (`python3 scripts/eval_paste_meta.py`, title exactly right):
/// the nearest headline-shaped line alone, 120 of 250 full pages; with this
/// 0.6: 147 (0.8: 143, 1.0: 140); windows 65 -> 69. Looking on to the
/// middle of the paste for a line all of whose words the first line holds
/// (when none before the body does): 167 and 72.
pub const TITLE_FIRST_LINE_SHARE: f64 = 0.6;
/// A headline candidate before the body that holds only part of the
/// page title's words gives way to a later line, up to the middle of the
/// paste, all of whose words the page title holds and that has at least
/// this share of the page title's word count (the page title's copy).
/// Dev pastes: full page 71 more furniture lines removed (a list of a
/// site's guides kept above the headline, which the header cut now
/// reaches), titles right 202 -> 203, no content line lost; windows
/// unchanged.
pub const TITLE_LATER_COPY_COVER: f64 = 0.7;
/// When no line before the body holds [`TITLE_FIRST_LINE_SHARE`] of its
/// words in the page title, nor a later one all of them, the first line
/// up to the middle of the paste that holds that share and has a byline or
/// a dated line within this many lines under it is the headline. Dev
/// pastes: full-page titles right 204 -> 206 (4 fixed; 2 now the page's own
/// headline where the ground truth has the page title's wording), 72 more
/// furniture lines removed (the menus above those headlines), no content
/// line lost; windows unchanged.
pub const TITLE_SIGNED_SPAN: usize = 2;
/// The headline opens the article as a start marker does when the first
/// line (a full-page paste's page title) holds at least this share of its
/// words and at most [`HEADLINE_CUT_BEFORE_SHARE`] of the prose lies
/// above it: the short lines above it (a site menu with no marker below
/// it) are header. On the dev pastes: 149 more furniture lines removed
/// (full page) and 6 (window) for 5 and 1 content lines (a course list
/// labelled as article text, a breadcrumb); 1.0 removes 26 fewer for the
/// same loss.
pub const HEADLINE_CUT_FIRST_LINE_SHARE: f64 = 0.6;
/// See [`HEADLINE_CUT_FIRST_LINE_SHARE`]: a headline further down is
/// another line that the page title's words happen to match. 0.02 and 0.1
/// remove 73 and 47 fewer lines, for the same loss.
pub const HEADLINE_CUT_BEFORE_SHARE: f64 = 0.3;
/// Above the headline of [`HEADLINE_CUT_FIRST_LINE_SHARE`], prose lines are
/// header too (teasers of other articles, a menu's descriptions) when at
/// most this share of the prose lies above it. On the dev pastes: 52 more
/// furniture lines removed (full page), 5 (window) for 1 content line (a
/// line joining the headline and its summary, above the headline); 0.02:
/// 37 and 3 for none; 0.2: 83 and 5 for 1. Measured again once short
/// headlines were found (6a73e8d): 0.1 and 0.2 remove 20 and 45 more lines
/// (full page; a mega-menu's course descriptions, 8% of one page's prose)
/// for no content line; 0.3 the same as 0.2; windows unchanged.
pub const HEADLINE_CUT_PROSE_SHARE: f64 = 0.2;
/// A first line that holds at least this share of the headline's words,
/// when the headline is another line, is the page's title ("Headline |
/// Site") and goes as a duplicate of the headline: the column shows the
/// headline once. On the dev pastes (2026-12-05) such a first line is
/// furniture on 75 pages and labelled article text on 9 (a page title the
/// labels keep): full page 85.7% -> 85.8% removed (63 lines), content
/// lost 130 -> 139 lines; window 4 more removed, 135 -> 143 lost. Was
/// 0.8 until the line model's threshold went down from -3.07 (see
/// `MODEL_THRESHOLD`), which keeps more first lines that the model used to
/// drop ("Harbour wall repairs to start in May | Elsham Gazette" above
/// "Harbour wall repairs will start in May, council confirms"); at 0.6, the
/// share at which the headline cut reads a headline as the page title's
/// (`HEADLINE_CUT_FIRST_LINE_SHARE`): 16 more first lines removed (full
/// page) for 3 labelled article text where the page's own headline below
/// is labelled furniture (the column shows the headline once either way).
pub const PAGE_TITLE_ECHO_SHARE: f64 = 0.6;
/// When the first line does not name the headline, the nearest
/// headline-shaped line before the body is taken only if at least this
/// share of its content words (not function words or numbers, at least
/// [`OVERLAP_MIN_CHARS`] characters, compared by their first
/// [`TITLE_WORD_PREFIX`] characters) recur in the next
/// [`TITLE_ECHO_PROSE_LINES`] prose lines: a headline's words come back in
/// the article's opening ("Harbour ferry returns after winter repairs" /
/// "The harbour ferry is back ... over the winter"), a button's or a
/// widget's do not ("Link copied to clipboard!", "See if you qualify for a
/// case", "[shareaholic app=...]"); a line that fails is passed over for
/// the next one up. The paste's first line is exempt when only furniture or
/// dated lines stand between it and the body (an article pasted from its
/// headline on). Passing over (rather than stopping at the first failing
/// line) and that exemption: full pages 199 / 36 -> 202 / 38, windows
/// 78 / 37 -> 81 / 37 (NFKC-compared), window content lost 122 -> 119
/// lines (headlines kept). Before them, dev pastes
/// (`python3 scripts/eval_paste_meta.py`, titles exactly right / wrong):
/// without the check, full pages 185 / 54, windows 79 / 65; with 0.5,
/// 183 / 34 and 74 / 39 (0.34: one and three more right, three and four
/// more wrong). Of the lines this rule took, 74 were the headline and 86
/// were not; 9 and 54 of them share less than half their words with the
/// opening. A wrong headline is shown in the article's column head (and
/// names the collection); without one the head shows the article's name,
/// outlet and date.
pub const TITLE_MIN_ECHO_SHARE: f64 = 0.5;
/// The headline found that way gives way to the headline-shaped line just
/// above it when the opening echoes that line too, whatever the two
/// lengths: it is the dek under the headline (a news site's standfirst,
/// which has no final full stop; until 2026-12 the lower line also had to
/// be this many words longer, which took a shorter standfirst for the
/// headline: on the dev pastes the change gives 2 titles right, 2 others
/// wrong either way). Over a header block (a Substack subtitle) a sentence
/// case line this many words longer is a dek without the upper line echoed.
pub const TITLE_DEK_MIN_EXTRA_WORDS: usize = 3;
/// The lines between a headline and the body in a header block (text.rs
/// `find_title`, `over_block`: a name, "Follow", a date, like and comment
/// counts, "Share"; or rule furniture, "6 min read") have at most this many
/// words each. With 3, a blog's 3-word headline under its menu row ("Sam
/// Bossley thoughts streams portfolio misc recs" / "Thoughts on Zig") and a
/// "Table of Contents" line let the row above through (dev window titles
/// 2 more wrong).
pub const TITLE_HEADER_MAX_WORDS: usize = 2;
/// A line is in sentence case when at most this share of its words after
/// the first start with a capital (text.rs `sentence_case`).
pub const SENTENCE_CASE_MAX_CAPITALS: f64 = 0.3;
/// ... and when the longer line holds less than this share of the upper
/// line's content words (else the upper line is a section's label over its
/// headline, "tQ Charts Music of the Month" over "Music of the Month(s): The
/// Best Albums and Tracks of November and December 2025").
pub const TITLE_DEK_MAX_RESTATED: f64 = 0.5;
/// A first line is the headline too when at most this many lines stand
/// between it and the first prose ...
pub const TITLE_BYLINE_MAX_LINES: usize = 3;
/// ... each furniture, dated or a byline's name or role: at most this many
/// words, no final punctuation ("Audrey Huang, Print Managing Editor").
pub const TITLE_BYLINE_MAX_WORDS: usize = 6;
/// ... and when the opening prose repeats at least this share of its words
/// (a box's heading, "Curated and popular this week", or a site's menu
/// row repeat none).
pub const TITLE_BYLINE_MIN_ECHO: f64 = 0.2;

/// Sentences between the first line and the body's first prose line leave
/// the first line its headline when each ends like a sentence and has at
/// least this many words (`text::find_title`: a brief whose opening
/// sentences are too short or too full of names to read as prose).
pub const TITLE_LEAD_MIN_WORDS: usize = 5;

/// Prose lines after the headline candidate read for its words.
pub const TITLE_ECHO_PROSE_LINES: usize = 5;
/// Characters of a word compared (a crude stem: "repairs" / "repaired").
pub const TITLE_WORD_PREFIX: usize = 5;
/// What joins a headline and the site's name in a page title ("Headline |
/// Site", "Site – Headline").
pub const SITE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " • ", " :: "];
/// The author's bare name is looked for on the nearest line on each side
/// of the date line that is not a share button ("Share", "Save"), at most
/// this many lines away (`name_at_date` in text.rs).
pub const NAME_AT_DATE_SPAN: usize = 3;
/// A line that is only the name a byline states, at most this many lines
/// from it, is a byline too (`mark_byline_name_copies` in text.rs).
pub const BYLINE_NAME_COPY_SPAN: usize = 2;
/// A line of at most [`ROLE_LINE_MAX_WORDS`] words that are all
/// [`BYLINE_ROLE_WORDS`], these, or a social handle, with one of
/// [`ROLE_NOUNS`], is an author's role under the name ("Contributing
/// Writer", "News reporter @samreed", "Staff"): 21 such lines on the dev
/// pastes, none of them article text.
pub const ROLE_LINE_EXTRA_WORDS: &[&str] = &["news", "digital", "senior", "political", "business", "sports", "science"];
/// See [`ROLE_LINE_EXTRA_WORDS`].
pub const ROLE_NOUNS: &[&str] = &[
    "contributor", "journalist", "columnist", "editor", "writer", "reporter", "correspondent", "staff", "producer",
    "analyst", "editor-in-chief", "author", "intern",
];
/// See [`ROLE_LINE_EXTRA_WORDS`].
pub const ROLE_LINE_MAX_WORDS: usize = 4;
/// A journalist's title ending a line of at most [`ROLE_LINE_MAX_WORDS`]
/// capitalised words is a role line whatever the words before it name
/// (the desk or beat: "Home Affairs Correspondent", "Trending Editor",
/// "Junior Affiliate Content Writer"; 14 of 15 such dev lines are
/// furniture, the other "Emma Ryan Lead Writer" in an author box). Not
/// "analyst": "Certified Financial Analyst" heads a dev article's section.
pub const DESK_ROLE_NOUNS: &[&str] = &["correspondent", "editor", "reporter", "columnist", "writer", "contributor", "journalist"];
/// The longest place after a byline's names, "Sam Reed in New York"
/// (`name_in_place` in text.rs, for a line next to the date line only).
pub const BYLINE_PLACE_MAX_WORDS: usize = 3;
/// What separates an author's name from the date on one line ("Faith
/// Katunga • Oct 20, 2025").
pub const BYLINE_DATE_SEPARATORS: &[&str] = &[" • ", " · ", " ⋅ ", " | ", " – ", " — ", " - "];
/// An author's bare name (no "By") has this many words. Such a name is
/// taken from the article's date line (a part between separators) or a
/// line next to it, when no line says "By" (`name_at_date` in text.rs):
/// capitalised words, no digits or sentence punctuation, no function word,
/// no word that is furniture on its own line ("Tweet", "Sponsored"), not
/// everyday words only, not the headline's words. Dev pastes
/// (`python3 scripts/eval_paste_meta.py`, bylines right / wrong): full
/// pages 116 / 19 -> 142 / 28, windows 79 / 13 -> 98 / 21. The wrong ones
/// are mostly a section's name beside the date ("ML Tools", "Indoor
/// Plants", "Friday Philosophy"); dropping names whose words all occur in
/// the article's prose removed those but more real names (full 134 / 24).
pub const BARE_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
/// When no line is the headline, a first line that is a page title
/// ("Headline | Site", the first line of a full-page paste) gives it: the
/// end part of at most [`SITE_NAME_MAX_WORDS`] words, shorter than the
/// other end, is the outlet, and the other end is the headline if it has
/// at least this many words and no date. Dev pastes
/// (`python3 scripts/eval_paste_meta.py`, titles right / wrong): full
/// pages 184 / 30 -> 197 / 38 (the 8 more "wrong" are the page title's
/// wording where the page's headline differs: "Event Planning Skills for
/// Legendary Events" for "15 Essential Event Planning Skills ..."),
/// windows 74 / 38 -> 76 / 38; outlets found on full pages 183 -> 192.
pub const PAGE_TITLE_MIN_WORDS: usize = 3;
/// A site's name has at most this many words.
pub const SITE_NAME_MAX_WORDS: usize = 6;
/// A copy of the headline within this many lines of it is furniture even
/// inside the body (page title and headline printed twice).
pub const HEADLINE_COPY_SPAN: usize = 2;

/// A prose line has at least this many words without final punctuation
/// (a headline rarely runs longer) ...
pub const PROSE_MIN_WORDS_NO_PUNCT: usize = 20;
/// ... or at least this many and ends with sentence punctuation ...
pub const PROSE_MIN_WORDS_PUNCT: usize = 8;
/// ... and at least this share of its words are function words ("the",
/// "of", "was"): titles, menus and lists of names have few.
pub const PROSE_MIN_FUNCTION_SHARE: f64 = 0.2;
/// A long sentence needs fewer function words: a wire story's lead is
/// dense with names and figures ("STOCKHOLM, July 24 (Reuters) - Swedish
/// carmaker Norvik Motors reported an 18% rise in second-quarter operating
/// profit on Thursday, ...": 0.19). At least this many words, sentence
/// punctuation ...
pub const PROSE_LONG_MIN_WORDS: usize = 25;
/// ... and at least this share of function words.
pub const PROSE_LONG_MIN_FUNCTION_SHARE: f64 = 0.15;
/// A short sentence after the last article prose line, with only rule
/// furniture between (an inline teaser), is the article's closing
/// sentence when it has at least this many words (text.rs
/// `keep_closing_sentences`).
pub const CLOSING_SENTENCE_MIN_WORDS: usize = 4;
/// Teaser labels alone on a line, over the linked title of another story
/// (text.rs `mark_teaser_titles`; lower case, a final ':' ignored). Not
/// "read more", which on the dev pastes ends a card more often than it
/// opens one (49 of 60 times outside the article), nor "see also", whose
/// list the dev labels keep as article text.
pub const TEASER_LABELS: &[&str] = &[
    "also read", "read also", "read next", "related", "related story", "related article", "related articles",
    "related stories", "must read", "don't miss", "more on this story",
    // (the Daily Mail's share box over the story's short headline)
    "share or comment on this article",
];
/// Labels of at most [`TEASER_LIST_LABEL_MAX_WORDS`] words over a list of
/// the site's other stories' headlines ("Read more from Sky News:", "Most
/// Read from Bloomberg"): up to [`TEASER_LIST_MAX`] headline-shaped lines
/// under one are teasers. (Not "read more" alone: on the dev pastes "Read
/// more in our guides below:" heads the article's own list; the 15 dev
/// lines that start with one of these head only furniture.)
pub const TEASER_LIST_LABELS: &[&str] = &["read more from ", "more from ", "most read from ", "most popular from "];
/// Labels written with their colon, alone on their line, over such a list
/// (Sky News' "Read more:" over two headlines inside the story; lower
/// case). Without the colon "Read more" ends a card (see [`TEASER_LABELS`]);
/// the one dev line "Read more:" heads furniture.
pub const TEASER_LIST_COLON_LABELS: &[&str] = &["read more:"];
/// See [`TEASER_LIST_LABELS`].
pub const TEASER_LIST_LABEL_MAX_WORDS: usize = 6;
/// See [`TEASER_LIST_LABELS`].
pub const TEASER_LIST_MAX: usize = 6;
/// The length of each group of an editor's initials ("lh/sms", `text::is_editors_initials`).
pub const INITIALS_LETTERS: std::ops::RangeInclusive<usize> = 2..=4;
/// ... on a line of at most this many bytes (its sources in brackets
/// included: "lh/sms (Reuters, AP, dpa)").
pub const INITIALS_LINE_MAX_BYTES: usize = 80;
/// See [`TEASER_LABELS`]: the most words of the teaser's title.
pub const TEASER_TITLE_MAX_WORDS: usize = 14;
/// The rule furniture that sits inside an article (an inline teaser, an
/// advert's label, a caption, a live blog's time stamp and share button,
/// an inline sign-up line), past which a closing sentence is looked for.
/// (Right after the last prose line, with nothing between, a sentence
/// that is no author's bio is kept too: "Transport Minister Elif Kaya
/// said an investigation had been opened." over "Source: Al Jazeera and
/// news agencies", scored as the footer's.)
pub const CLOSING_SENTENCE_AFTER: &[&str] = &["teaser", "advert", "caption", "timestamp", "share", "newsletter"];
/// Of [`CLOSING_SENTENCE_AFTER`], the furniture past which a sentence the
/// line model reads as the footer's is kept even when it is long prose: a
/// live blog's last entry, under its time stamp and over its "Share"
/// button ("13.45 BST" / "Gusts of 100mph recorded at Skarvik Point, ..." /
/// "Share"). Not past a teaser's label, whose titles read as sentences
/// too (past those, long prose kept 4 teasers of the fixtures
/// `end-marker-three-quarters-down-with-long-teasers` and
/// `header-teasers-copied-in-the-related-list`). But past an inline
/// sign-up line ("Sign up here." in the middle of a Reuters story, above
/// its last sentence). The dev pastes' figures do not move (2026-12-06;
/// with "newsletter" one more furniture line is kept on full pages).
pub const CLOSING_PROSE_AFTER: &[&str] = &["timestamp", "share", "newsletter"];

/// Scores for the body search (prose scores its word count). A list item
/// or short sentence-like line (4+ words, some function words, not title
/// case) counts slightly for the body ...
pub const SCORE_LIST_ITEM: f64 = 1.0;
/// ... with at least this share of function words ...
pub const LIST_MIN_FUNCTION_SHARE: f64 = 0.15;
/// ... and less than this share of capitalised words (menus are title case).
pub const MENU_CAPITAL_SHARE: f64 = 0.6;
/// A line of 1 to [`SHORT_LINE_WORDS`] words counts against the body ...
pub const SCORE_SHORT: f64 = -1.5;
/// ... and so does any other non-prose line, a little less ...
pub const SCORE_OTHER: f64 = -1.0;
/// ... and rule furniture strongly.
pub const SCORE_RULE_FURNITURE: f64 = -4.0;

/// A widget repeated box after box in pasted text (`repeated_pairs`): two
/// consecutive lines of at most this many words ...
pub const REPEATED_PAIR_MAX_WORDS: usize = 3;
/// ... that come again in the same order at least this many times in the
/// paste are furniture ("repeated"), but a line with a ':' (a label and its
/// value, "Recognized: Internationally", or a list's heading, "Pros:"). On
/// the dev pastes: 149 more furniture lines removed (full page) and 126
/// (window) for 23 and 22 content lines (labels that some pages'
/// annotators counted as article and others as furniture: "Pros & Cons",
/// "Services"); with the ':' lines, 12 more lost for none removed; 4 times
/// instead of 3: about as many lost for 42 fewer removed (full page).
pub const REPEATED_PAIR_MIN_COUNT: usize = 3;

/// One line of at most [`REPEATED_PAIR_MAX_WORDS`] words in lower case
/// or in brackets, without digits or punctuation, that comes at least this
/// many times in the paste is a button's label under each item of a list
/// ("map" beside each restaurant, "(Up)" beside each reply; "repeated").
/// A subheading repeated item after item starts with a capital ("Pros",
/// "What you'll learn:"). On the dev pastes: 91 more furniture lines
/// removed (both variants) and no content line lost; at 5 times, "of 15"
/// (a gallery's count, labelled article) and a code block's
/// "javascript" went too.
pub const REPEATED_LABEL_MIN_COUNT: usize = 10;

/// A comment-section marker ends the body once this share of its prose
/// lies before the marker.
pub const COMMENTS_AFTER_SHARE: f64 = 0.5;

/// A comment thread without a marker starts at a commenter's line ("Sam K
/// says", "Reply", see `is_comment_line`) after
/// [`COMMENT_THREAD_AFTER_SHARE`] of the prose, when at least this many of
/// the next [`COMMENT_THREAD_SPAN`] lines (itself included) are such
/// lines. On the dev pastes (2026-12-04)
/// 2, 3 and 4 gave the same figures within 0.1 point; 3 asks for a thread
/// (a name line, its date, its reply button), not one quoted "says".
pub const COMMENT_THREAD_MIN_LINES: usize = 3;
/// See [`COMMENT_THREAD_MIN_LINES`].
pub const COMMENT_THREAD_SPAN: usize = 12;
/// See [`COMMENT_THREAD_MIN_LINES`]: the share of the page's prose
/// (comments included) before the thread's first line. A thread of long
/// comments under a short article holds most of the prose: at 0.5 it was
/// kept as article (0.3 / 0.2 / 0.1 on the dev pastes: 42 / 61 / 72 more
/// furniture lines removed, for 0 / 0 / 3 content lines).
pub const COMMENT_THREAD_AFTER_SHARE: f64 = 0.2;
/// A saved page can hold the article more than once: responsive variants
/// of which CSS shows one (Framer's `ssr-variant`), a hidden "republish"
/// box, "next article" blocks with the same footer. In extracted text, a
/// run of at least this many consecutive lines that repeats an earlier
/// run verbatim is a copy, removed as "duplicate" (the first copy stays)...
pub const COPY_MIN_LINES: usize = 3;
/// ... when the run holds at least this many words and at least two
/// prose lines (so repeated table rows or list items stay).
pub const COPY_MIN_WORDS: usize = 40;
/// A run that has not met [`COPY_MIN_LINES`] and [`COPY_MIN_WORDS`] within
/// this many lines is not a copy (bounds the work on pages that repeat
/// short lines).
pub const COPY_SCAN_MAX: usize = 64;
/// Lines (lower case, without final `:`/`.`) that open a comment section.
pub const COMMENT_MARKERS: &[&str] = &[
    "comments", "leave a reply", "leave a comment", "join the conversation", "add comment",
    "responses", "discussion", "reader comments", "what do you think",
    // only with a count in practice ("5 replies", "12 thoughts on")
    "replies", "thoughts on",
];

/// Headings that close an article in pasted text: an author box, a list
/// of related or recent stories, a share box, post navigation, a comment
/// form (lower case, without digits, brackets and a final `:`/`.`, as
/// [`COMMENT_MARKERS`]). Once [`END_MARKER_AFTER_SHARE`] of the article's
/// prose lies before one, the article ends there: what follows is footer,
/// prose too (a related story's teaser, an author's bio). Measured on the
/// dev pastes (2026-12-05): full page 79.4% -> 82.7% of furniture removed,
/// content lost 113 -> 121 lines; window 65.9% -> 66.7%, 119 -> 125. Not in
/// the table, for what they cost there: "share" alone (a share row under
/// a teaser: 46 lines of one article lost), "subscribe", "stay connected",
/// "read more", "latest news", "most popular", "conclusion", "faq"
/// ("latest news" measured again at f54acf3: 7 lines of one page, no
/// content line, left out all the same: a live report's own heading). The
/// row "latest articles" ... "you might like", added after f54acf3: full page
/// 36,247 -> 36,280 furniture lines removed, window 8,196 -> 8,199, no
/// content line lost.
pub const END_MARKERS: &[&str] = &[
    "about the author", "about the authors", "author", "authors", "written by",
    "related", "related posts", "related articles", "related content", "related stories",
    "related topics", "related reading", "related reads", "you might also like", "you may also like",
    "recommended", "recommended for you", "read next", "what to read next", "further reading",
    "more stories", "more news", "recent posts", "latest posts", "popular posts", "trending",
    "latest articles", "more articles", "popular stories", "you might like",
    "share this", "share this article", "share this post", "share this story",
    "post navigation", "previous post", "next post", "tags",
    "leave a comment cancel reply", "leave a reply cancel reply",
    // a row of social links or the site's footer menu, alone on its line
    "twitter", "facebook", "linkedin", "pinterest", "email", "tweet",
    "sign up", "newsletter", "follow us", "contact us", "privacy policy", "about us",
    "terms of service", "terms and conditions",
    // a press release's contact block
    "media contact", "media contacts", "press contact", "press contacts", "media inquiries", "media enquiries",
];
/// Starts of lines (lower case, at most [`END_MARKER_PREFIX_MAX_WORDS`]
/// words, not prose) that close an article as [`END_MARKERS`] do: the
/// headings of a related or archive list that name the site or the
/// author ("More from SewCanShe:", "Recently by Jeffrey Zeldman", "Other
/// articles you may find interesting"), a source list, the post's tags.
/// Measured on the dev pastes (2026-12-05, after the rest of this table):
/// full page 84.0% -> 84.7% of furniture removed, window 67.3% -> 68.2%,
/// no content line lost; the last row ("View all ...", "Follow us on
/// ...", "End of article", "Most popular ...", and the end markers' own
/// longer forms), added after [`START_MARKER_PREFIXES`]: 85.3% -> 85.7%,
/// window 4 lines more, none lost. Not in the table: "related resources"
/// (a page's own list of charts, 7 lines lost), "you might also enjoy" (1).
pub const END_MARKER_PREFIXES: &[&str] = &[
    "related pages", "related insights", "related reads", "related guides", "related blogs", "more related",
    "read this next", "you may be interested", "you might be interested", "other articles",
    "you'll also love", "you\u{2019}ll also love", "you may also enjoy", "more from", "more in this section",
    "keep exploring", "recently by", "recent posts on", "newest stories", "latest stories",
    "from our archives", "next story", "next article", "previous article",
    "article sources", "view article sources", "citations", "tagged:", "filed under", "categories:",
    "learn more in our", "view all", "follow us", "end of article", "most popular", "connect with us",
    "share this", "about the author", "related articles", "recent posts", "you may also like",
    "you might also like",
    // a feedback widget ("Was this article helpful?")
    "was this article", "was this page", "was this post", "was this helpful", "was the article",
    "did you find this", "did you find the article",
];
/// Furniture rules whose line ends the article as an end marker does,
/// once the given share of its prose lies before it: a cookie notice, the
/// copyright line, a form ("Was this article useful? Yes No", "Submit").
/// What follows is the page's footer or its consent dialog, prose too
/// ("Necessary cookies are absolutely essential ..."). The share is lower
/// than [`END_MARKER_AFTER_SHARE`] for a cookie notice and the copyright
/// line, as the prose of a long footer (testimonials, the site's
/// description) counts in it: on the dev pastes, 0.8 / 0.7 / 0.6 for all
/// three removed 96 / 174 / 262 furniture lines (full page) for 5 / 5 / 6
/// content lines, 0.4 lost 242 more (an article whose form comes a third
/// of the way down); a form's "No thanks" is a pop-up's button in the
/// middle of the article as well (fixture `button-words-alone`, cut at
/// 0.6), so a form keeps the headings' [`END_MARKER_AFTER_SHARE`].
pub const END_MARKER_RULES: &[(&str, f64)] = &[("cookies", 0.6), ("copyright", 0.6), ("form", END_MARKER_AFTER_SHARE)];
/// After the byline's name, the words that open an author's bio at the
/// article's end ("Nora Pell is a foreign correspondent ..."): an end
/// marker like the name alone (text.rs `end_marker`), once
/// [`END_MARKER_AFTER_SHARE`] of the prose lies before it.
pub const AUTHOR_BIO_VERBS: &[&str] = &[" is a ", " is an ", " is the ", " covers ", " writes about ", " reports on "];
/// See [`END_MARKER_PREFIXES`].
pub const END_MARKER_PREFIX_MAX_WORDS: usize = 8;
/// See [`END_MARKERS`]: the share of the article's prose words (lines the
/// line model keeps) that must lie before an end marker. 0.5 and 0.7 cut
/// an article's sidebar box ("Related Articles" 72% of the way down: 24
/// more content lines lost on the dev pastes); 0.75 removes 92 more
/// furniture lines than 0.8 (full page) for none lost, and the clipboard
/// copies (`scripts/eval_paste.py`, plain text) score F1 0.903 / 0.920
/// against 0.901 / 0.919.
pub const END_MARKER_AFTER_SHARE: f64 = 0.75;

/// Lines that sit just above an article's first paragraph in pasted text:
/// its reading time, a byline label, a share row's buttons, the site's
/// menu (lower case, read as [`END_MARKERS`]). When one comes before
/// [`START_MARKER_BEFORE_SHARE`] of the article's prose, every line above
/// the last such marker is header, but for the first line (a full-page
/// paste opens with the page's title, which the dev pastes label article
/// text as often as not), the headline, any prose line, a line whose text
/// comes again later as article text (see `keep_earlier_copies`) and a
/// dek below the headline ([`START_MARKER_DEK_MIN_WORDS`]).
/// Measured on the dev pastes (2026-12-05, after [`END_MARKERS`]): full
/// page 82.7% -> 84.0% of furniture removed, content lost 121 -> 123
/// lines; window 66.7% -> 67.3%, 125 -> 130. Not in the table, for what
/// they cost there:
/// "close" (a dialog's button above an article: 16 lines lost), "about",
/// "news" (a section's menu), "share", "subscribe", "table of contents".
pub const START_MARKERS: &[&str] = &[
    "min read", "min", "by", "written by", "copy link", "share",
    "linkedin", "facebook", "twitter", "x", "instagram", "youtube", "email", "pinterest", "☰",
    "blog", "about us", "careers", "resources", "pricing", "home", "contact", "contact us",
    "login", "log in", "sign in", "search", "menu", "partners", "case studies", "press",
    "solutions", "integrations", "webinars", "guides", "events", "testimonials", "view all",
    "company", "our company", "white papers", "videos",
];
/// Starts of lines (lower case, at most [`START_MARKER_PREFIX_MAX_WORDS`]
/// words, not prose) that sit above an article's first paragraph as
/// [`START_MARKERS`] do: its dateline and byline ("Updated on June 18,
/// 2025", "Written by: Catherine Boeckmann"; a line the rules take as a
/// byline counts too), a breadcrumb ("Home > Marketing > ..."). Measured
/// on the dev pastes (2026-12-05, after the rest of this table): full
/// page 84.7% -> 85.3% of furniture removed, content lost 125 -> 130
/// lines; window 68.2% -> 69.1%, 132 -> 135. Not in the table: "search
/// for:" (a search box above a page's own list: 5 lines lost); a dated
/// line (a timestamp) as a marker: 0.2 point more for 5 more lines lost.
pub const START_MARKER_PREFIXES: &[&str] = &[
    "written by", "updated on", "last updated", "updated:", "published on", "published:", "posted on",
    "posted by", "reviewed by", "fact checked by", "medically reviewed by", "home >", "home \u{bb}", "home /",
    "editorial guidelines",
];
/// Between the headline and a start marker, a line of at least this many
/// words is the article's dek, kept whatever the line model says (the
/// fixture `title-matching-the-page-title` lost its dek to the byline
/// below it). On the dev pastes this keeps 26 furniture lines (full page)
/// and 43 (window) for 1 content line; keeping every line between the
/// headline and the marker kept 75 and 104 for 3 and 4.
pub const START_MARKER_DEK_MIN_WORDS: usize = 6;
/// See [`START_MARKER_PREFIXES`].
pub const START_MARKER_PREFIX_MAX_WORDS: usize = 12;
/// See [`START_MARKERS`]: at most this share of the article's prose words
/// (lines the line model keeps) lies above a start marker. Measured when
/// the markers came (b2fef12): 0.05 and 0.1 cost 6 and 23 more content
/// lines than 0.02 (an article's own short lines, a dek without a full
/// stop, key points, above a share row). Since the dek between the
/// headline and the marker is kept (c5b15fb, `START_MARKER_DEK_MIN_WORDS`),
/// 0.05 removes 74 more furniture lines (full page) and 12 (window) than
/// 0.02 for 1 content line each ("American Van Lines: Best value", a
/// box's label); 0.1: 146 and 37 for 6 (a product box's lines); the
/// clipboard copies (`scripts/eval_paste.py`) score the same at 0.02 and
/// 0.05 (0.903 / 0.920).
pub const START_MARKER_BEFORE_SHARE: f64 = 0.05;

/// Byline labels on a line of their own (lower case, without a final
/// `:`): the next line, a short capitalised name without final
/// punctuation, is the byline.
pub const BYLINE_LABELS: &[&str] = &["written by", "posted by", "by", "author"];
/// At most this many words in the name line after a byline label.
pub const BYLINE_NAME_MAX_WORDS: usize = 4;
/// A line that starts with a byline label (`BYLINE_NAME_LABELS`: "By",
/// "Written by:", "Author:") gives the name that follows it, cut where a
/// date or a note starts (`meta::clean_byline`), if that has at most this
/// many words ("Ada Lind, Senior Editor").
pub const BYLINE_LABELLED_MAX_WORDS: usize = 6;

/// Prefixes that make a line furniture at any length (the prefixes of
/// [`FURNITURE_PREFIXES`] apply to short lines only). (prefix, reason)
/// - A cookie notice is often one long line ("This website uses cookies to
///   improve your experience. We'll assume you're ok with this, but you can
///   opt-out if you wish. Accept Read More"): on the dev pastes, 14 such
///   lines of more than 12 words, none of them article text.
/// - The boilerplate of common site platforms: comment forms (WordPress,
///   Akismet), form messages (Webflow, Gravity Forms), a consent text, an
///   affiliate notice: 130 such lines, none of them article text.
pub const ANY_LENGTH_PREFIXES: &[(&str, &str)] = &[
    ("this website uses cookies", "cookies"),
    ("this site uses cookies", "cookies"),
    ("we use cookies", "cookies"),
    ("your email address will not be published", "comments"),
    ("save my name, email, and website in this browser", "comments"),
    ("this site uses akismet to reduce spam", "comments"),
    ("oops! something went wrong while submitting the form", "form"),
    ("thank you! your submission has been received", "form"),
    // a sign-up form's error message, left in the page until needed
    ("there was an error. please try again", "form"),
    ("this field is for validation purposes", "form"),
    ("store and/or access information on a device", "cookies"),
    ("we may earn commission from links on this page", "promo"),
    // the consent line under a sign-up box ("By signing up, you agree to
    // receive recurring automated SMS marketing messages ..."): 5 lines on
    // the dev pastes, none of them article text
    ("by signing up, you agree", "newsletter"),
    ("by signing up you agree", "newsletter"),
    // "Estimated reading time: 11 minutes"
    ("estimated reading time", "timestamp"),
    // the placeholders of a cookie-consent plugin for blocked embeds
    ("you are currently viewing a placeholder content from", "cookies"),
    ("you need to load content from", "cookies"),
    ("republish our articles", "promo"),
    // the consent dialog of the IAB framework ("We and our 842 partners
    // store and/or access information on a device ...")
    ("we and our partners", "cookies"),
    // calls to follow, subscribe and read on, and the affiliate notice,
    // however long ("Follow us on Telegram, Facebook, Instagram, YouTube and
    // X for the latest news and updates."; on the dev pastes 57 such lines,
    // one of them labelled article text: an affiliate notice)
    ("follow us on", "share"),
    ("subscribe to our", "newsletter"),
    ("get the latest news", "newsletter"),
    ("we may receive a commission", "promo"),
    ("we may earn a commission", "promo"),
    ("we may earn money", "promo"),
    // Fox News' and The Independent's boxes in the story's flow
    ("fox news flash top headlines", "teaser"),
    ("newyou can now listen to", "share"),
    ("you can now listen to fox news", "share"),
    ("join thought-provoking conversations", "comments"),
    // the Independent's sign-in notice above the story ("Thank you for
    // registering" / "Please refresh the page or navigate to another page
    // on the site to be automatically logged in...")
    ("please refresh the page or navigate to another page", "account"),
    ("please refresh your browser to be logged in", "account"),
    // a news photo's credit ("AP Photo/Ada Lind", "(AP Photo/Ada Lind)")
    // and BBC's ("Image source, Reuters")
    ("ap photo/", "caption"),
    ("(ap photo/", "caption"),
    ("image source, ", "caption"),
    // the New York Times' print note ("A version of this article appears
    // in print on March 5, 2025, Section A, Page 8 of the New York edition
    // with the headline: ...")
    ("a version of this article appears in print", "print"),
    // an agency credit: "(With inputs from ANI)"
    ("(with inputs from", "caption"),
];

/// The link marks after an entry of a reference list on academic
/// publishing platforms ("... 2016 Feb;77:118-128. \[ CrossRef \] \[ Medline \]"):
/// a line holding one is a reference, furniture at any length (the article
/// text of a reference list page is not the list; 68 such lines on the dev
/// pastes, none of them article text). (needle, reason)
pub const REFERENCE_MARKS: &[(&str, &str)] =
    &[("[ crossref ]", "references"), ("[ medline ]", "references"), ("[ free full text ]", "references")];

/// "Source: ANI", "Source: G2": a line that names a source in at most this
/// many words without final punctuation is a credit (on the dev pastes 19
/// such lines, none of them article text; a source named by its address,
/// "Source: example.com", is one at any length of the address).
pub const SOURCE_CREDIT_MAX_WORDS: usize = 3;
/// ... and at most this many ending in "agencies": "Source: Al Jazeera and
/// news agencies" (a longer "Source: National Center for Education
/// Statistics" under a chart is article text on a dev paste).
pub const SOURCE_AGENCIES_MAX_WORDS: usize = 8;

/// See `mark_hidden_captions` in text.rs: the longest credit line above
/// "hide caption" ("NOAA via AP") and the longest caption sentence above it.
pub const HIDDEN_CAPTION_CREDIT_MAX_WORDS: usize = 6;
pub const HIDDEN_CAPTION_MAX_WORDS: usize = 60;
/// A photo's credit alone on its line (an agency of [`WIRE_CREDIT_AGENCIES`]
/// or [`CREDIT_AGENCIES`]: "PA Media", "Getty Images") above the article's
/// first prose line, then a line of 3 to this many words without a final
/// stop: the photo's caption, which some layouts put under the credit (the
/// BBC's "PA Media" / "Simon Harcourt arriving at Southwark Crown Court in
/// March", read as the headline). `mark_captions_under_credits` in text.rs.
pub const CAPTION_UNDER_CREDIT_MAX_WORDS: usize = 20;

/// A sentence of at most this many words right above a photographer's
/// credit alone on its line ("Name/Agency", an agency of
/// [`WIRE_CREDIT_AGENCIES`] or [`CREDIT_AGENCIES`]) is the photo's caption
/// when no prose line follows the credit (CNN's and AP's layouts:
/// "Teenagers queue to register at a polling station in Halvik ..." /
/// "Jonas Berg/Reuters" / "Halvik, Norland"; an article's paragraph
/// goes on below an inline photo). `mark_captions_over_credits` in
/// text.rs. On the dev pastes it marks nothing at 40; at 60 it took an
/// EdWeek caption of 45 words over "Jae C. Hong/AP" but 12 furniture lines
/// of the related stories under it came back (the model's footer cut
/// moved), so 40 stays.
pub const CAPTION_OVER_CREDIT_MAX_WORDS: usize = 40;

/// A reading time given as a range alone on its line ("2–4 minutes",
/// "3-5 min read"): the words after the range.
pub const READING_TIME_UNITS: &[&str] = &["minutes", "minute read", "minutes read", "min", "min read"];

/// A link to more of the site set as a line: "More world news", "More
/// on Dry Cleaning", "MORE FROM E TIMES", "More great bread recipes". A
/// line of 2 to [`MORE_TEASER_MAX_WORDS`] words without final punctuation
/// or colon, its first word "More" (capitalised), and its second word one of
/// [`MORE_TEASER_LINKS`] or its last one of [`MORE_TEASER_THINGS`], is a
/// teaser. On the dev pastes 35 such lines, none of them article text
/// ("More long-distance movers", "More PROJECTS:" are, and stay).
pub const MORE_TEASER_MAX_WORDS: usize = 5;
pub const MORE_TEASER_LINKS: &[&str] = &["on", "in", "from", "about", "by", "like", "to"];
pub const MORE_TEASER_THINGS: &[&str] = &[
    "news", "stories", "articles", "videos", "podcasts", "recipes", "guides", "posts", "reviews", "headlines",
];

/// A wire story's staff credits at its end: a line (or its inside, in
/// brackets) that starts with one of these roles, "(Reporting by Maria
/// Olsen; Editing by Tom Price)", "Additional reporting by Sam Reed in
/// Paris; Writing by Ada Lind", is furniture when it is in brackets, holds a
/// ";" or has no final punctuation ("Reporting by ProPublica found that
/// ..." is a sentence). None of the dev pastes' lines starts so.
pub const STAFF_CREDIT_ROLES: &[&str] =
    &["reporting by ", "additional reporting by ", "writing by ", "editing by ", "edited by ", "compiled by "];
/// The role whose names are the story's byline when no line says "By"
/// ("Reporting by Sam Reed; Editing by Ada Lind" -> "Sam Reed").
pub const STAFF_CREDIT_REPORTERS: &str = "reporting by ";
/// ... and a line of at most [`STAFF_CREDIT_MAX_WORDS`] words that ends in
/// one of these (its final full stop set aside), "Associated Press writer
/// Jan Berg in Oslo contributed to this report.", or holds one of
/// [`STAFF_CREDIT_INFIXES`] ("Jan Berg contributed reporting from Oslo.").
/// None of the dev pastes' lines does either.
pub const STAFF_CREDIT_ENDS: &[&str] = &["contributed to this report", "contributed to this story", "contributed to this article"];
pub const STAFF_CREDIT_INFIXES: &[&str] = &["contributed reporting"];
pub const STAFF_CREDIT_MAX_WORDS: usize = 40;

/// The end of a wire dateline set as its own line of at most 6 words
/// ("ELSHAM, England (AP) —", "LONDON (Reuters) -", "CNN —"): the story's
/// first sentence follows on the next line. (`widget_shape` in text.rs.)
pub const WIRE_DATELINE_ENDS: &[&str] = &[
    "(ap) —", "(ap) -", "(ap) –", "(reuters) -", "(reuters) —", "(reuters) –", "(afp) -", "(afp) —", "(afp) –", "(cnn) —",
    "(cnn) -", "cnn —", "cnn -", "(upi) --", "(upi) —",
];

/// A timestamp without a date, alone on its line (`widget_shape` in
/// text.rs): a clock time or an age, with these cue words, time zones and
/// units around it ("12:04 GMT", "Updated at 14.10 GMT", "2m ago", "Last
/// updated 2 hours ago", "Posted 12:04 pm", "Just now"), at most
/// [`CLOCK_STAMP_MAX_WORDS`] words. A bare "4.58" is a time only with a cue,
/// a zone or "am"/"pm" (it is a rating as often). On the dev pastes
/// (2026-12-05): 111 such lines (live-blog times, video durations), none of
/// them article text.
/// ("first": the Guardian's "First published on Tue 15 Jul 2025 09.10 BST".)
pub const CLOCK_STAMP_CUES: &[&str] = &["updated", "posted", "published", "first", "last", "at", "on", "edited", "•", "·", "|", "-"];
/// See [`CLOCK_STAMP_CUES`].
pub const CLOCK_STAMP_ZONES: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
    "ist", "aest", "aedt", "et", "pt", "ct",
];
/// See [`CLOCK_STAMP_CUES`]: a count's unit, alone or after its number
/// ("2m", "1h", "5 minutes").
pub const CLOCK_STAMP_UNITS: &[&str] = &[
    "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d",
    "day", "days", "w", "wk", "week", "weeks", "mo", "month", "months", "y", "yr", "year", "years",
];
/// See [`CLOCK_STAMP_CUES`].
pub const CLOCK_STAMP_MAX_WORDS: usize = 6;

/// A call to follow the site, alone on its line (`widget_shape` in
/// text.rs): "Follow Sky News on WhatsApp" (at most
/// [`FOLLOW_MAX_WORDS`] words, ending "on" and one of these), or "Follow Al
/// Jazeera English:" (capitalised words and a colon; "Follow the 3-2-1 rule
/// for backups:" is article text). On the dev pastes 20 such lines, none of
/// them article text.
pub const FOLLOW_PLATFORMS: &[&str] = &[
    "whatsapp", "twitter", "x", "facebook", "instagram", "google news", "telegram", "threads", "bluesky", "linkedin",
    "youtube", "tiktok", "flipboard", "mastodon",
];
/// See [`FOLLOW_PLATFORMS`].
pub const FOLLOW_MAX_WORDS: usize = 8;

/// A price with a shop ("$75 at Amazon", "$115 at Wayfair $115 at
/// Nordstrom"): a shopping button, when the line starts with a currency
/// sign and a digit, has " at " or " from " in it and at most this many
/// words (57 such lines on the dev pastes, none of them article text).
pub const PRICE_BUTTON_MAX_WORDS: usize = 12;

/// A line starting with a furniture prefix is furniture if it has at most
/// this many words, or no final punctuation, or the prefix ends in `:`
/// ("Read: ..."); longer sentences starting alike ("Sign up rates rose
/// ...") stay.
pub const PREFIX_MAX_WORDS: usize = 12;
/// Infix needles apply to lines of at most this many words.
pub const INFIX_MAX_WORDS: usize = 9;
/// A line holding a date, without final punctuation and at most this many
/// words, is a timestamp.
pub const TIMESTAMP_MAX_WORDS: usize = 8;
/// A dated line of date and time words only ("March 4, 2025 12:04 PM GMT
/// Updated 2 hours ago") is a timestamp up to this many words.
pub const TIMESTAMP_ONLY_MAX_WORDS: usize = 16;

// The date of pasted text (`pick_date` in text.rs): each line holding a
// date with a year is scored by these, the best at least DATE_MIN_SCORE
// wins (ties: the first). Measured on the dev pastes (`corroborate clean
// --json`, the publish date of the ground truth, to the day; 249 pages with
// one): the first dated header, timestamp or byline line, as before, was
// right on 163 full pages (34 wrong, 52 none) and 108 windows (19 wrong);
// this table gives 181 (33 wrong, with the headline found as
// TITLE_FIRST_LINE_SHARE says and labelled bylines taken out) and 123 (21
// wrong; `python3 scripts/eval_paste_meta.py`). Most of the rest show
// no date, or only "Updated ..." where the ground truth has the publish
// date from the page's metadata. Each weight halved or doubled (measured
// before the rules on long and prose lines) moved the right ones by at
// most 3.
/// Lines of more words are not looked at.
pub const DATE_LINE_MAX_WORDS: usize = 40;
/// A line of more words needs a cue or update word (else it is article
/// text that mentions a date: "runs through July 31, 2025").
pub const DATE_UNCUED_MAX_WORDS: usize = 12;
/// Words (whole, lower case) that introduce the publication date.
pub const DATE_CUE_WORDS: &[&str] = &["published", "posted", "by", "on", "date", "dated"];
/// The cue words that let a sentence (a prose line, or one ending in "."
/// "!" "?") give the date: others
/// ("on", "by") are as common in the article's own sentences.
pub const DATE_STRONG_CUE_WORDS: &[&str] = &["published", "posted", "updated", "modified", "dated"];
/// Words of a later revision: such a date counts less than a cued one.
pub const DATE_UPDATE_WORDS: &[&str] = &["updated", "modified", "update"];
/// Score of a line with a cue word ...
pub const DATE_CUE_BONUS: f64 = 2.0;
/// ... or with an update word (which wins over a cue in the same line).
pub const DATE_UPDATE_BONUS: f64 = 1.0;
/// A line of at most [`TIMESTAMP_MAX_WORDS`] words: a dateline.
pub const DATE_SHORT_BONUS: f64 = 1.0;
/// A line that opens with a byline ("by Amanda · Dec 20, 2025 at 3:00 am ·
/// One comment so far"): the article's own dateline, not a date the
/// article mentions ("Released: June 17, 2025 by Tor Books").
pub const DATE_BYLINE_BONUS: f64 = 1.0;
/// A prose line with a strong cue ([`DATE_STRONG_CUE_WORDS`]; without one
/// it is not looked at).
pub const DATE_PROSE_PENALTY: f64 = 2.0;
/// A line after the article body (comments, other posts).
pub const DATE_AFTER_BODY_PENALTY: f64 = 3.0;
/// Per line before the headline (or the body's first line) ...
pub const DATE_PENALTY_PER_LINE_BEFORE: f64 = 0.1;
/// ... and per line after it (a date far into the body is an event's).
pub const DATE_PENALTY_PER_LINE_AFTER: f64 = 0.05;
/// Two or more other dated lines within this many lines ...
pub const DATE_LIST_SPAN: usize = 4;
/// ... make a list of posts, not the article's dateline.
pub const DATE_LIST_PENALTY: f64 = 2.0;
/// A dated line between these shares of the article's prose that names
/// something beside its date (see `mentions_date` in text.rs: "Released:
/// June 17, 2025 by Tor Books") stays as article text, not a timestamp.
/// On the dev pastes (2026-12-05): 4 article lines kept, and 4 furniture
/// lines ("Wordle today: Answer, hints for December 20, 2025"); anywhere
/// between the first and the last prose line: 6 article lines for 25
/// furniture; any dated line there, whatever its words: 6 for 144.
pub const BODY_DATE_LINE_SHARE: std::ops::RangeInclusive<f64> = 0.1..=0.9;
/// See [`BODY_DATE_LINE_SHARE`].
pub const BODY_DATE_LINE_MIN_WORDS: usize = 2;
/// Words of a timestamp that are not a date ("10 min read", "2 hours
/// ago", "Reading time: 8 minutes"), weekdays and time zones ("Updated
/// 5:42 PM EST, Tue March 4, 2025": a news timestamp, not a line of the
/// body that names something beside its date).
pub const DATE_LINE_TIME_WORDS: &[&str] = &[
    "min", "read", "ago", "hours", "minutes", "reading", "time", "estimated", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc",
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "ist", "aest", "aedt",
];
/// The least score a date line needs.
pub const DATE_MIN_SCORE: f64 = -1.0;

/// English function words (sorted; matched lower case, `’` as `'`), for
/// the share of function words in a line: prose has many, menus, titles
/// and lists of names few.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
    "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
    "if", "in", "into", "is", "it", "it's", "its", "itself", "just", "may", "me", "might", "more", "most",
    "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
    "other", "our", "ours", "out", "over", "own", "said", "same", "she", "should", "so", "some", "such",
    "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "two", "under", "until", "up", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "yours",
];

/// Characters that end a sentence (a line ending with one is prose-like).
pub const FINAL_PUNCT: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ':', ')', '…'];

/// Outlets recognised from copyright holders or self-links in pasted text:
/// (needle, outlet name). Needles are matched case-insensitively.
pub const OUTLET_MARKERS: &[(&str, &str)] = &[
    ("tv-novosti", "RT"),
    ("rt.com", "RT"),
    ("bbc.co.uk", "BBC"),
    ("bbc news", "BBC"),
    ("reuters", "Reuters"),
    ("associated press", "AP"),
    ("the guardian", "The Guardian"),
    ("cnn.com", "CNN"),
    ("cable news network", "CNN"),
    ("sky news", "Sky News"),
    ("dw news", "DW"),
    ("dw.com", "DW"),
    ("mailonline", "MailOnline"),
    // the Washington Post's tagline over its pages
    ("democracy dies in darkness", "The Washington Post"),
    ("washingtonpost.com", "The Washington Post"),
    // the New York Times' print note ("A version of this article appears
    // in print on ..., Section A, Page 8 of the New York edition ...")
    ("of the new york edition", "The New York Times"),
    ("nytimes.com", "The New York Times"),
];

/// Bylines that name a news agency, not a person ("By The Associated
/// Press", "Reuters staff"): the agency is the outlet (when none was
/// found) and there is no byline. (lower case, a leading "the" and a
/// trailing "staff" left out; the agency's name as the outlet)
pub const AGENCY_BYLINES: &[(&str, &str)] = &[
    ("associated press", "AP"), ("ap", "AP"), ("reuters", "Reuters"), ("afp", "AFP"),
    ("agence france-presse", "AFP"), ("agence france presse", "AFP"), ("pa media", "PA Media"),
    ("press association", "PA Media"), ("dpa", "dpa"), ("xinhua", "Xinhua"), ("bloomberg news", "Bloomberg"),
];

/// A wire agency's dateline at the start of the article's first paragraph
/// ("STOCKHOLM, July 24 (Reuters) -", "ELSHAM, England (AP) —"), within
/// its first [`DATELINE_OUTLET_MAX_CHARS`] characters (`meta::dateline_outlet`):
/// the agency is the outlet when none was found, and of two articles that
/// tell one story alike, the one with the dateline is the source
/// (`align::derive`). (as written, the agency's name as outlet)
pub const DATELINE_OUTLETS: &[(&str, &str)] = &[
    ("(AP)", "AP"), ("(Reuters)", "Reuters"), ("(AFP)", "AFP"), ("(UPI)", "UPI"), ("(dpa)", "dpa"), ("(ANI)", "ANI"),
    ("(Bloomberg)", "Bloomberg"),
    // press-release wires ("ELSAM, Norland, March 3, 2026 /PRNewswire/ --"):
    // the release is the source of the stories that retell it
    ("/PRNewswire/", "PR Newswire"), ("/PRNewswire-FirstCall/", "PR Newswire"), ("(BUSINESS WIRE)", "Business Wire"),
    ("(GLOBE NEWSWIRE)", "GlobeNewswire"), ("/EINPresswire/", "EIN Presswire"), ("/CNW/", "CNW"),
];
pub const DATELINE_OUTLET_MAX_CHARS: usize = 60;

/// Where a copyright holder's name ends ("© 2025 Ambuja Yoga | Site
/// design by ...", "© 2025 Russell Miller · Privacy"); ". ", ", " and "All
/// rights reserved" end it too (`meta::outlet_from_copyright`).
pub const COPYRIGHT_HOLDER_ENDS: &[char] = &['|', '·', '∙', '•', ';', '/'];

/// A company's legal form at the end of a copyright holder's name, left
/// out of the outlet ("© 2025 POLITICO LLC" gives "POLITICO"; lower case,
/// a final full stop ignored).
pub const COPYRIGHT_LEGAL_FORMS: &[&str] =
    &["llc", "inc", "ltd", "limited", "plc", "gmbh", "corp", "corporation", "co", "l.p", "lp", "llp"];

/// "Company" at the end of a copyright holder's name of more than this
/// many words is left out too ("The New York Times Company" gives "The New
/// York Times"; "Fast Company" stays).
pub const COPYRIGHT_COMPANY_MIN_WORDS: usize = 3;

/// Month names and abbreviations, for dates in pasted text.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// A line "By" + one word is a subheading that names a way of sorting
/// ("By Functionality", "By Audience", "By Region"), not a byline, when the
/// word (lower case) ends with one of these (and has more than 5 letters) ...
pub const FACET_SUFFIXES: &[&str] = &["ity", "ence", "ance", "tion", "sion", "ment", "ness", "ship", "ogy"];
/// ... or is one of these.
pub const FACET_WORDS: &[&str] = &[
    "type", "size", "price", "region", "industry", "category", "location", "topic", "brand", "date", "platform",
    "purpose", "use", "function", "country", "state", "city", "year", "age", "budget", "level", "role",
];
/// "By" and words that are all this common in English (Zipf frequency in
/// the background table of `align::background`) is a way of sorting too
/// ("By Use Case", "By Company Size", "By Need", "By Outside"): a name has a
/// rarer word ("Will Smith": "smith" 4.9; "Jessica Elliott" 4.2, 3.8).
pub const BYLINE_EVERYDAY_ZIPF: f64 = 5.0;

/// Bylines (see `meta::clean_byline`): labels before the name, lower case
/// ("Written by: Meghan Neville" -> "Meghan Neville"); the last one found
/// anywhere in the byline starts the name ("Updated January 8 Written by
/// Meghan Neville").
pub const BYLINE_NAME_LABELS: &[&str] =
    &["written by", "posted by", "authored by", "words by", "text by", "story by", "reporting by", "guide by", "author:", "by:", "by"];
/// ... words (lower case) after the name's first word at which it has
/// ended: an update note, a date ("Last updated on: ...", "on 04-ago-2021",
/// "| October 15, 2025", "- FullStack Editorial Team"); a word holding a
/// digit ends it too ("18th Dec 2025", "3 min read"), and so does a month
/// name followed by one.
pub const BYLINE_ENDS: &[&str] = &[
    "updated", "published", "last", "posted", "on", "|", "-", "–", "—", "•", "·", "⋅", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
    // a profile's links and a place after the name ("Sara Harberson In",
    // "A. J. Neal View In Digital Edition", "Sarah Schwartz Follow")
    "in", "at", "view", "follow",
    // the outlet written for ("By NORA PELL FOR MAILONLINE")
    "for",
];
/// A part of a byline after a comma that holds one of these words is the
/// author's role, not a name ("Jessica Elliott, Contributor", "Shannon
/// Williams, Journalist", "Charles Patterson, WCI Columnist"); without a
/// comma, the role starts at the first of them after the name's first two
/// words ("Will Judd Former Deputy Tech Editor").
pub const BYLINE_ROLE_WORDS: &[&str] = &[
    "contributor", "contributing", "journalist", "columnist", "editor", "writer", "reporter", "correspondent",
    "staff", "expert", "founder", "director", "producer", "analyst", "editor-in-chief", "author", "intern",
    "former", "senior", "deputy", "associate", "assistant", "managing", "executive", "chief", "head",
];
/// ... and a "name" that is only one of these (lower case, without its
/// comma) is a date's weekday, not a name ("Sat, 20 Dec, 2025").
pub const BYLINE_NOT_NAMES: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "updated", "published", "posted", "author", "authors", "staff",
];

/// Characters that mark a line of links (menus, breadcrumbs, tag lists).
pub const LINK_SEPARATORS: &[char] = &['|', '»', '›', '•', '·', '/', '>', '→', '#', '@'];
/// Substrings (lower case) that mark a link, handle or address.
pub const LINK_NEEDLES: &[&str] = &["http", "www.", ".com", ".org", "click", "read more", "view all"];

/// A breadcrumb ("Home > Blog > Top 10 Trends to Watch", "You are here:
/// Home / Blog / Oklahoma / America's Most Underrated Food City"; see
/// `is_breadcrumb` in `text.rs`): at least [`BREADCRUMB_MIN_PARTS`] parts
/// between one of these separators (with a space each side), the first a
/// word of [`BREADCRUMB_HOMES`] (after "You are here:", if any), each but
/// the last of at most [`BREADCRUMB_PART_MAX_WORDS`] words, none ending a
/// sentence; the last is the page's own title, of any length. A row of
/// links ([`NAV_ROW_SEPARATORS`]) asks for short parts throughout, which
/// the title is not. Without the home word a how-to's "Settings > Privacy >
/// Location Services" is content. Dev pastes (2026-12-06): 4 more
/// furniture lines removed (full page; 3 in the selections), none lost.
pub const BREADCRUMB_SEPARATORS: &[&str] = &[" > ", " \u{bb} ", " \u{203a} ", " / ", " | "];
/// See [`BREADCRUMB_SEPARATORS`] (lower case).
pub const BREADCRUMB_HOMES: &[&str] = &["home", "main", "homepage", "start"];
/// See [`BREADCRUMB_SEPARATORS`].
pub const BREADCRUMB_MIN_PARTS: usize = 3;
/// See [`BREADCRUMB_SEPARATORS`].
pub const BREADCRUMB_PART_MAX_WORDS: usize = 4;

/// Separators of a row of links (see `is_nav_row` in `text.rs`) ...
pub const NAV_ROW_SEPARATORS: &[char] = &['|', '»', '›'];
/// ... with at least this many parts ...
pub const NAV_ROW_MIN_PARTS: usize = 3;
/// ... of at most this many words each, on average.
pub const NAV_ROW_PART_WORDS: usize = 3;
/// A row of capitalised section names before the body has at most this
/// many words ("News Sport Weather Local").
pub const MENU_ROW_MAX_WORDS: usize = 5;
/// Site taglines, never a headline (lower case prefixes).
pub const TAGLINE_PREFIXES: &[&str] = &[
    "a blog about", "a blog for", "the blog of", "the official blog", "welcome to", "the home of", "your source for",
    "your home for", "news and views", "news, views",
];

/// Number of features of the line model (see [`LINE_FEATURES`]).
pub const N_FEATURES: usize = 69;

/// The line model's features: (name, what it is), in the order
/// `features()` in `text.rs` computes them. The model over them (a small
/// forest of regression trees, and its threshold) is generated by
/// `scripts/train_clean.py --write` into `model_table.rs`.
pub const LINE_FEATURES: [(&str, &str); N_FEATURES] = [
    ("bias", "1"),
    ("log_words", "ln(1 + words)"),
    ("punct", "ends with sentence punctuation"),
    ("period", "ends with '.'"),
    ("function_share", "share of function words"),
    ("capital_share", "share of capitalised (or numeric) words"),
    ("digit_share", "share of digits among letters and digits"),
    ("log_chars", "ln(1 + characters)"),
    ("words_1", "exactly 1 word"),
    ("words_2", "exactly 2 words"),
    ("words_3", "exactly 3 words"),
    ("words_4_7", "4 to 7 words"),
    ("prose", "prose line (Line::is_prose)"),
    ("rule", "rule furniture (word lists, bylines, timestamps, ...)"),
    ("linkish", "link separator, URL or handle"),
    ("log_repeats", "ln(number of other lines with the same text)"),
    ("dateline", "short line holding a date"),
    ("colon", "ends with ':'"),
    ("lower_start", "starts with a lower-case letter"),
    ("in_body", "inside the dense run of prose (Kadane span)"),
    ("log_dist_body", "ln(1 + lines to that run), 0 inside"),
    ("no_prose_before", "no prose line before it"),
    ("no_prose_after", "no prose line after it"),
    ("inside_share", "min(share of prose words before, after)"),
    ("rel_pos", "index / number of lines"),
    ("first_line", "the first line (a page title)"),
    ("log_dist_prose", "ln(1 + lines to the nearest prose line)"),
    ("log_dist_prev_prose", "ln(1 + lines back to a prose line), capped at 50"),
    ("log_dist_next_prose", "ln(1 + lines on to a prose line), capped at 50"),
    ("prev_prose", "previous line is prose"),
    ("next_prose", "next line is prose"),
    ("prev_log_words", "ln(1 + words) of the previous line"),
    ("next_log_words", "ln(1 + words) of the next line"),
    ("prev_punct", "previous line ends a sentence"),
    ("next_punct", "next line ends a sentence"),
    ("prose_near", "share of prose lines among i-3..=i+3"),
    ("prose_around", "share of prose lines among i-10..=i+10"),
    ("rule_near", "share of rule furniture among i-2..=i+2"),
    ("after_comments", "at or after a comment-section marker that follows most prose"),
    ("window_log_words", "mean ln(1 + words) of the 6 neighbours i-3..=i+3"),
    ("body_short", "in_body and at most 3 words"),
    ("body_log_words", "in_body * ln(1 + words)"),
    ("body_punct", "in_body and ends a sentence"),
    ("short_inside", "(at most 3 words) * inside_share"),
    ("short_between_prose", "at most 3 words, prose before and after"),
    ("short_before_prose", "at most 3 words, prose after"),
    ("no_function_4", "4+ words and no function word"),
    ("all_capitalised", "2+ words, all capitalised"),
    ("nonprose_run_log", "ln(1 + length of the run of non-prose lines holding it), 0 for prose"),
    ("nonprose_run_pos", "position in that run, (k + 1) / length, 0 for prose"),
    ("short_run_log", "ln(1 + length of the run of short lines holding it), 0 if not short"),
    ("in_first_line", "2+ words, not the first line, and inside the first line (the page <title>)"),
    ("question", "ends with '?'"),
    ("price", "a currency sign before a digit"),
    ("phone", "a phone number"),
    ("short_share_near", "share of short lines among i-NEAR_SPAN..=i+NEAR_SPAN (within the page)"),
    ("prose_share_near", "share of prose lines among i-NEAR_SPAN..=i+NEAR_SPAN (within the page)"),
    ("body_vocab", "share of the line's words (OVERLAP_MIN_CHARS+ letters, no function word) found in another prose line of the dense run; -1 without such words"),
    ("prose_vocab", "the same over every other prose line of the text"),
    ("prose_share_wide", "share of prose lines among i-WIDE_SPAN..=i+WIDE_SPAN (within the page)"),
    ("prose_share_wider", "share of prose lines among i-2*WIDE_SPAN..=i+2*WIDE_SPAN (within the page)"),
    ("log_words_around", "mean ln(1 + words) of the lines i-AROUND_SPAN..=i+AROUND_SPAN (within the page)"),
    ("log_lines", "ln(1 + number of lines of the text)"),
    ("text_prose_share", "share of prose lines in the whole text"),
    ("log_text_prose_words", "ln(1 + words in the prose lines of the whole text)"),
    ("body_vocab_near", "mean body_vocab of the lines with such words among i-VOCAB_SPAN..=i+VOCAB_SPAN, 0 if none"),
    ("body_vocab_around", "the same among i-VOCAB_SPAN_WIDE..=i+VOCAB_SPAN_WIDE"),
    ("comment_near", "share of comment-section lines (text.rs is_comment_line) among i-COMMENT_SPAN..=i+COMMENT_SPAN"),
    ("after_comment_line", "at or after the first comment-section line"),
];
/// Half-width of the neighbourhood of `comment_near`.
pub const COMMENT_SPAN: usize = 10;
/// Whole lines that are a comment's buttons (for `comment_near`).
pub const COMMENT_BUTTONS: &[&str] = &["reply", "reply ↓", "log in to reply", "like", "report"];
/// A commenter's name line ("Sam K says") has at most this many words
/// before "says" or "said".
pub const COMMENT_NAME_MAX_WORDS: usize = 4;
/// Half-width of the neighbourhood of the `*_share_near` features.
pub const NEAR_SPAN: usize = 5;
/// Half-width of the neighbourhood of `prose_share_wide` (twice this for
/// `prose_share_wider`): a menu, a related-story list or a comment
/// section is a long stretch with little prose.
pub const WIDE_SPAN: usize = 20;
/// Half-width of the neighbourhood of `log_words_around`.
pub const AROUND_SPAN: usize = 10;
/// The words `body_vocab` and `prose_vocab` look up have at least this
/// many letters (and are no function words and not numbers): article
/// lines share their vocabulary with the article, menus and teasers for
/// other stories do not.
pub const OVERLAP_MIN_CHARS: usize = 3;
/// Half-width of the neighbourhood of `body_vocab_near` (a list of
/// teasers for other stories shares little vocabulary with the article,
/// line after line) ...
pub const VOCAB_SPAN: usize = 2;
/// ... and of `body_vocab_around`.
pub const VOCAB_SPAN_WIDE: usize = 5;
/// Currency signs, for the `price` feature.
pub const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹'];
/// Neighbours on each side whose first-pass scores the second pass of the
/// line model sees.
pub const SECOND_PASS_SPAN: usize = 4;
/// The first-pass score given to a neighbour beyond the text's edge.
pub const SECOND_PASS_EDGE: f64 = -8.0;

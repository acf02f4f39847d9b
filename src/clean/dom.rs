//! A small HTML parser: tokenizer and simplified tree builder into an
//! arena ([`Dom`]: a `Vec` of nodes linked by indices, no `Rc`).
//!
//! Enough of the HTML5 rules for reading articles the way a browser
//! shows them: comments, doctypes, CDATA and processing instructions are
//! dropped; raw-text elements (`script`, `style`, `iframe`, `noscript`,
//! `xmp`, `noembed`, `noframes`) keep their content as one text node,
//! `title` and `textarea` too with references decoded, `plaintext` takes
//! the rest of the page; attributes are quoted or not, the first of
//! duplicates wins; void elements never hold children, `/>` closes only
//! inside `svg`/`math`; `html`, `head` and `body` are implied; a block start
//! closes an open `p`, `li`/`dt`/`dd`/`option`/cells/rows/sections close
//! their open predecessor; an end tag closes the matching open element
//! when it is in scope and is ignored otherwise. Character references:
//! [`super::entities`].
//!
//! Everything is iterative (no recursion), linear in the input, and
//! never panics: nesting deeper than [`MAX_DEPTH`] is flattened.

use super::entities;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = usize;

/// Open elements kept at most; deeper start tags are added as children of
/// the deepest one without being opened (their content becomes siblings).
pub const MAX_DEPTH: usize = 1024;

/// What a node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    /// The root.
    Document,
    /// An element: lower-case name and attributes (lower-case names).
    Element { name: String, attrs: Vec<(String, String)> },
    /// Text, references decoded.
    Text(String),
}

/// A node with its links (indices into the arena).
#[derive(Debug, Clone)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev: Option<NodeId>,
    pub next: Option<NodeId>,
    pub data: Data,
}

/// A parsed page. Node 0 is the document; detached nodes stay in the arena.
#[derive(Debug, Clone)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

/// Elements without content or end tag.
pub const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link",
    "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is text up to their end tag, undecoded.
const RAW_TEXT: &[&str] = &["script", "style", "iframe", "noscript", "xmp", "noembed", "noframes"];

/// Elements whose content is text up to their end tag, references decoded.
const RCDATA: &[&str] = &["title", "textarea"];

/// Elements that go into `head` when met before the body starts.
const HEAD_CONTENT: &[&str] =
    &["base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title", "noscript"];

/// Start tags that close an open `p` (in button scope).
const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "listing",
    "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table", "ul", "xmp",
];

/// The HTML "special" elements: an end tag of another element does not
/// close past them.
const SPECIAL: &[&str] = &[
    "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
    "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
    "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
    "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
    "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
    "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
    "title", "tr", "track", "ul", "wbr", "xmp",
];

/// Scope boundaries: an end tag of a block element does not close past them.
const SCOPE: &[&str] = &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];

/// Button scope boundaries (where an open `p` is looked for).
const BUTTON_SCOPE: &[&str] = &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"];

/// Table scope boundaries.
const TABLE_SCOPE: &[&str] = &["html", "table", "template"];

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

impl Dom {
    /// The document node.
    pub const ROOT: NodeId = 0;

    /// Parse a page.
    pub fn parse(html: &str) -> Dom {
        let mut b = Builder::new(html.len());
        tokenize(html, &mut b);
        b.dom
    }

    fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// The element name, or "" for text and the document.
    pub fn name(&self, id: NodeId) -> &str {
        match self.node(id).map(|n| &n.data) {
            Some(Data::Element { name, .. }) => name,
            _ => "",
        }
    }

    /// Whether `id` is an element named `name`.
    pub fn is(&self, id: NodeId, name: &str) -> bool {
        self.name(id) == name
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.node(id).map(|n| &n.data), Some(Data::Element { .. }))
    }

    /// The text of a text node.
    pub fn text_of(&self, id: NodeId) -> Option<&str> {
        match self.node(id).map(|n| &n.data) {
            Some(Data::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// An attribute's value.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match self.node(id).map(|n| &n.data) {
            Some(Data::Element { attrs, .. }) => attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// All attributes of an element.
    pub fn attrs(&self, id: NodeId) -> &[(String, String)] {
        match self.node(id).map(|n| &n.data) {
            Some(Data::Element { attrs, .. }) => attrs,
            _ => &[],
        }
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).and_then(|n| n.parent)
    }

    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).and_then(|n| n.first_child)
    }

    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).and_then(|n| n.next)
    }

    pub fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).and_then(|n| n.prev)
    }

    /// Children in order.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.first_child(id), move |&c| self.next_sibling(c))
    }

    /// Element children in order.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(move |&c| self.is_element(c))
    }

    /// Ancestors, nearest first (the document last).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// Descendants of `root` in document order (`root` excluded).
    pub fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants { dom: self, root, next: self.first_child(root) }
    }

    /// Descendant elements named `name`, in document order.
    pub fn find(&self, root: NodeId, name: &str) -> Vec<NodeId> {
        self.descendants(root).filter(|&d| self.is(d, name)).collect()
    }

    /// The first descendant element named `name`.
    pub fn find_first(&self, root: NodeId, name: &str) -> Option<NodeId> {
        self.descendants(root).find(|&d| self.is(d, name))
    }

    /// The concatenated text of the descendants.
    pub fn text(&self, id: NodeId) -> String {
        let mut s = String::new();
        if let Some(t) = self.text_of(id) {
            s.push_str(t);
        }
        for d in self.descendants(id) {
            if let Some(t) = self.text_of(d) {
                s.push_str(t);
            }
        }
        s
    }

    /// Take a node (and its subtree) out of its parent.
    pub fn detach(&mut self, id: NodeId) {
        let Some(n) = self.nodes.get(id) else { return };
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        if let Some(p) = prev.and_then(|p| self.nodes.get_mut(p)) {
            p.next = next;
        } else if let Some(par) = parent.and_then(|p| self.nodes.get_mut(p)) {
            par.first_child = next;
        }
        if let Some(x) = next.and_then(|x| self.nodes.get_mut(x)) {
            x.prev = prev;
        } else if let Some(par) = parent.and_then(|p| self.nodes.get_mut(p)) {
            par.last_child = prev;
        }
        if let Some(n) = self.nodes.get_mut(id) {
            n.parent = None;
            n.prev = None;
            n.next = None;
        }
    }

    /// Make `child` the last child of `parent` (detaching it first).
    /// Refused (no change) when `child` is `parent` or one of its ancestors.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        if parent >= self.nodes.len() || child >= self.nodes.len() || self.is_self_or_ancestor(child, parent) {
            return;
        }
        self.detach(child);
        let last = self.nodes[parent].last_child;
        if let Some(l) = last {
            self.nodes[l].next = Some(child);
        } else {
            self.nodes[parent].first_child = Some(child);
        }
        self.nodes[child].prev = last;
        self.nodes[child].parent = Some(parent);
        self.nodes[parent].last_child = Some(child);
    }

    /// Put `new` just before `sibling` (detaching it first).
    pub fn insert_before(&mut self, sibling: NodeId, new: NodeId) {
        let Some(parent) = self.parent(sibling) else { return };
        if new >= self.nodes.len() || new == sibling || self.is_self_or_ancestor(new, parent) {
            return;
        }
        self.detach(new);
        let prev = self.nodes[sibling].prev;
        if let Some(p) = prev {
            self.nodes[p].next = Some(new);
        } else {
            self.nodes[parent].first_child = Some(new);
        }
        self.nodes[new].prev = prev;
        self.nodes[new].next = Some(sibling);
        self.nodes[new].parent = Some(parent);
        self.nodes[sibling].prev = Some(new);
    }

    fn is_self_or_ancestor(&self, a: NodeId, of: NodeId) -> bool {
        a == of || self.ancestors(of).any(|x| x == a)
    }

    /// A new element, not yet in the tree.
    pub fn create_element(&mut self, name: &str) -> NodeId {
        self.push(Data::Element { name: name.to_string(), attrs: Vec::new() })
    }

    /// Change an element's name.
    pub fn rename(&mut self, id: NodeId, new: &str) {
        if let Some(Node { data: Data::Element { name, .. }, .. }) = self.nodes.get_mut(id) {
            *name = new.to_string();
        }
    }

    fn push(&mut self, data: Data) -> NodeId {
        self.nodes.push(Node { parent: None, first_child: None, last_child: None, prev: None, next: None, data });
        self.nodes.len() - 1
    }

    /// Append text to `parent`, merged into its last child when that is text.
    fn append_text(&mut self, parent: NodeId, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(l) = self.nodes.get(parent).and_then(|n| n.last_child) {
            if let Some(Node { data: Data::Text(t), .. }) = self.nodes.get_mut(l) {
                t.push_str(text);
                return;
            }
        }
        let id = self.push(Data::Text(text.to_string()));
        self.append(parent, id);
    }
}

/// Iterator over descendants in document order (no stack: follows links).
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.dom.first_child(cur).or_else(|| {
            let mut n = cur;
            loop {
                if n == self.root {
                    return None;
                }
                if let Some(s) = self.dom.next_sibling(n) {
                    return Some(s);
                }
                n = self.dom.parent(n)?;
            }
        });
        Some(cur)
    }
}

impl Descendants<'_> {
    /// Do not descend into the node just returned.
    pub fn skip_children(&mut self, of: NodeId) {
        if self.next.is_some() && self.next == self.dom.first_child(of) {
            let mut n = of;
            self.next = loop {
                if n == self.root {
                    break None;
                }
                if let Some(s) = self.dom.next_sibling(n) {
                    break Some(s);
                }
                match self.dom.parent(n) {
                    Some(p) => n = p,
                    None => break None,
                }
            };
        }
    }
}

// ---------------------------------------------------------------- tree builder

struct Builder {
    dom: Dom,
    /// Open elements, the document first.
    stack: Vec<NodeId>,
    html: Option<NodeId>,
    head: Option<NodeId>,
    body: Option<NodeId>,
    /// Open `svg`/`math` elements.
    foreign: usize,
    /// Open `p` elements.
    open_p: usize,
}

impl Builder {
    fn new(len: usize) -> Builder {
        let mut dom = Dom { nodes: Vec::with_capacity(len / 40 + 8) };
        dom.push(Data::Document);
        Builder { dom, stack: vec![Dom::ROOT], html: None, head: None, body: None, foreign: 0, open_p: 0 }
    }

    fn top(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(Dom::ROOT)
    }

    fn top_name(&self) -> &str {
        self.dom.name(self.top())
    }

    fn pop(&mut self) {
        if self.stack.len() <= 1 {
            return;
        }
        if let Some(id) = self.stack.pop() {
            match self.dom.name(id) {
                "svg" | "math" => self.foreign = self.foreign.saturating_sub(1),
                "p" => self.open_p = self.open_p.saturating_sub(1),
                _ => {}
            }
        }
    }

    /// Pop until the element at stack position `k` is popped.
    fn pop_to(&mut self, k: usize) {
        while self.stack.len() > k.max(1) {
            self.pop();
        }
    }

    fn ensure_html(&mut self) -> NodeId {
        if let Some(h) = self.html {
            return h;
        }
        let h = self.dom.create_element("html");
        self.dom.append(Dom::ROOT, h);
        self.html = Some(h);
        self.stack.truncate(1);
        self.stack.push(h);
        h
    }

    fn ensure_head(&mut self) -> NodeId {
        if let Some(h) = self.head {
            return h;
        }
        let html = self.ensure_html();
        let h = self.dom.create_element("head");
        self.dom.append(html, h);
        self.head = Some(h);
        if self.body.is_none() && self.top() == html {
            self.stack.push(h);
        }
        h
    }

    fn ensure_body(&mut self) -> NodeId {
        if let Some(b) = self.body {
            return b;
        }
        let html = self.ensure_html();
        // close head (and anything left open in it)
        if let Some(k) = self.stack.iter().position(|&x| x == html) {
            self.pop_to(k + 1);
        }
        let b = self.dom.create_element("body");
        self.dom.append(html, b);
        self.body = Some(b);
        self.stack.push(b);
        b
    }

    /// Where text and elements go now, creating the body when needed.
    fn insertion_point(&mut self, for_head: bool) -> NodeId {
        if self.body.is_none() {
            let top = self.top();
            let in_head_phase = top == Dom::ROOT || Some(top) == self.html || Some(top) == self.head;
            if in_head_phase {
                if for_head {
                    return self.ensure_head();
                }
                return self.ensure_body();
            }
        }
        self.top()
    }

    fn text(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        let top = self.top();
        let before_body = self.body.is_none()
            && (top == Dom::ROOT || Some(top) == self.html || Some(top) == self.head);
        if before_body && t.chars().all(char::is_whitespace) {
            return;
        }
        let at = self.insertion_point(false);
        self.dom.append_text(at, t);
    }

    /// Position in the stack of the nearest element named one of `names`,
    /// searching down from the top and stopping at any of `stop`.
    fn in_scope(&self, names: &[&str], stop: &[&str]) -> Option<usize> {
        for k in (1..self.stack.len()).rev() {
            let n = self.dom.name(self.stack[k]);
            if names.contains(&n) {
                return Some(k);
            }
            if stop.contains(&n) {
                return None;
            }
        }
        None
    }

    fn close_p(&mut self) {
        if self.open_p == 0 {
            return;
        }
        if let Some(k) = self.in_scope(&["p"], BUTTON_SCOPE) {
            self.pop_to(k);
        }
    }

    /// Close the nearest open `names` element unless a special element
    /// other than `address`, `div` and `p` comes first (for `li`, `dd`, `dt`).
    fn close_list_item(&mut self, names: &[&str]) {
        for k in (1..self.stack.len()).rev() {
            let n = self.dom.name(self.stack[k]);
            if names.contains(&n) {
                self.pop_to(k);
                return;
            }
            if SPECIAL.contains(&n) && !matches!(n, "address" | "div" | "p") {
                return;
            }
        }
    }

    /// Repeatedly close open `names` elements inside the current table.
    fn close_in_table(&mut self, names: &[&str]) {
        while let Some(k) = self.in_scope(names, TABLE_SCOPE) {
            self.pop_to(k);
        }
    }

    /// A start tag; returns the new element and whether it was opened.
    fn start_tag(&mut self, name: &str, attrs: Vec<(String, String)>, self_closing: bool) -> Option<(NodeId, bool)> {
        match name {
            "html" => {
                self.ensure_html();
                return None;
            }
            "head" => {
                if self.body.is_none() && self.head.is_none() {
                    self.ensure_head();
                }
                return None;
            }
            "body" => {
                let b = self.ensure_body();
                if let Some(Node { data: Data::Element { attrs: have, .. }, .. }) = self.dom.nodes.get_mut(b) {
                    for (k, v) in attrs {
                        if !have.iter().any(|(h, _)| *h == k) {
                            have.push((k, v));
                        }
                    }
                }
                return None;
            }
            _ => {}
        }
        let for_head = HEAD_CONTENT.contains(&name);
        let mut at = self.insertion_point(for_head);
        if self.foreign == 0 {
            if CLOSES_P.contains(&name) {
                self.close_p();
                if is_heading(name) && is_heading(self.top_name()) {
                    self.pop();
                }
            }
            match name {
                "li" => {
                    self.close_list_item(&["li"]);
                    self.close_p();
                }
                "dd" | "dt" => {
                    self.close_list_item(&["dd", "dt"]);
                    self.close_p();
                }
                "option" if self.top_name() == "option" => self.pop(),
                "optgroup" => {
                    if self.top_name() == "option" {
                        self.pop();
                    }
                    if self.top_name() == "optgroup" {
                        self.pop();
                    }
                }
                "td" | "th" => self.close_in_table(&["td", "th"]),
                "tr" => self.close_in_table(&["td", "th", "tr"]),
                "thead" | "tbody" | "tfoot" | "caption" | "colgroup" => {
                    self.close_in_table(&["td", "th", "tr", "thead", "tbody", "tfoot", "caption", "colgroup"])
                }
                "a" => {
                    for k in (1..self.stack.len()).rev() {
                        let n = self.dom.name(self.stack[k]);
                        if n == "a" {
                            self.pop_to(k);
                            break;
                        }
                        if SPECIAL.contains(&n) {
                            break;
                        }
                    }
                }
                _ => {}
            }
            if !(for_head && self.body.is_none()) {
                at = self.top();
            }
        } else if !for_head || self.body.is_some() {
            at = self.top();
        }
        let name = if name == "image" { "img" } else { name };
        let id = self.dom.push(Data::Element { name: name.to_string(), attrs });
        self.dom.append(at, id);
        let void = VOID.contains(&name) || (self_closing && self.foreign > 0);
        let opened = !void && self.stack.len() < MAX_DEPTH;
        if opened {
            self.stack.push(id);
            match name {
                "svg" | "math" => self.foreign += 1,
                "p" => self.open_p += 1,
                _ => {}
            }
        }
        Some((id, opened))
    }

    fn end_tag(&mut self, name: &str) {
        match name {
            "html" | "body" => return,
            "head" => {
                if self.top_name() == "head" {
                    self.pop();
                }
                return;
            }
            "br" => {
                self.start_tag("br", Vec::new(), false);
                return;
            }
            "p" => {
                self.close_p();
                return;
            }
            _ => {}
        }
        let special = SPECIAL.contains(&name);
        let stop: &[&str] = match name {
            "li" => &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "ol", "ul"],
            "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" => TABLE_SCOPE,
            _ => SCOPE,
        };
        for k in (1..self.stack.len()).rev() {
            let n = self.dom.name(self.stack[k]);
            if n == name {
                self.pop_to(k);
                return;
            }
            if special && stop.contains(&n) {
                return;
            }
            if !special && SPECIAL.contains(&n) {
                return;
            }
        }
    }
}

// ---------------------------------------------------------------- tokenizer

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() || needle.is_empty() {
        return None;
    }
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn find_byte(hay: &[u8], from: usize, c: u8) -> Option<usize> {
    hay.get(from..)?.iter().position(|&x| x == c).map(|p| p + from)
}

/// The position of the end tag `</name` (any case, followed by white
/// space, `/` or `>`) at or after `from`.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.as_bytes();
    let mut i = from;
    while let Some(p) = find(b, i, b"</") {
        let start = p + 2;
        let ok = b.get(start..start + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n))
            && b.get(start + n.len()).is_none_or(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>');
        if ok {
            return Some(p);
        }
        i = p + 2;
    }
    None
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Decoded text without NUL characters.
fn decode_text(s: &str, out: &mut String) {
    out.clear();
    if s.contains('\0') {
        let cleaned: String = s.chars().filter(|&c| c != '\0').collect();
        entities::decode_into(&cleaned, out, false);
    } else {
        entities::decode_into(s, out, false);
    }
}

/// Attribute names and values of a tag.
type Attrs = Vec<(String, String)>;

/// A tag's attributes from `j` (just after its name): the attributes,
/// whether it ends with `/>`, and the position after `>`; `None` when the
/// page ends inside the tag.
fn attributes(html: &str, mut j: usize) -> Option<(Attrs, bool, usize)> {
    let b = html.as_bytes();
    let mut attrs: Vec<(String, String)> = Vec::new();
    let mut self_closing = false;
    loop {
        while j < b.len() && (is_ws(b[j]) || b[j] == b'/') {
            self_closing = b[j] == b'/' && b.get(j + 1) == Some(&b'>');
            j += 1;
        }
        let c = *b.get(j)?;
        if c == b'>' {
            return Some((attrs, self_closing, j + 1));
        }
        self_closing = false;
        let start = j;
        j += 1; // the first character may be '='
        while j < b.len() && !is_ws(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
        while j < b.len() && is_ws(b[j]) {
            j += 1;
        }
        let mut value = String::new();
        if b.get(j) == Some(&b'=') {
            j += 1;
            while j < b.len() && is_ws(b[j]) {
                j += 1;
            }
            match b.get(j) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = find_byte(b, j + 1, q)?;
                    entities::decode_into(html.get(j + 1..end).unwrap_or(""), &mut value, true);
                    j = end + 1;
                }
                Some(_) => {
                    let start = j;
                    while j < b.len() && !is_ws(b[j]) && b[j] != b'>' {
                        j += 1;
                    }
                    entities::decode_into(html.get(start..j).unwrap_or(""), &mut value, true);
                }
                None => return None,
            }
        }
        if !attrs.iter().any(|(k, _)| *k == name) {
            attrs.push((name, value));
        }
    }
}

fn tokenize(html: &str, bld: &mut Builder) {
    let b = html.as_bytes();
    let mut i = 0usize;
    let mut buf = String::new();
    while i < b.len() {
        let p = find_byte(b, i, b'<').unwrap_or(b.len());
        if p > i {
            decode_text(html.get(i..p).unwrap_or(""), &mut buf);
            bld.text(&buf);
        }
        i = p;
        if i >= b.len() {
            break;
        }
        let rest = &b[i..];
        let next = rest.get(1).copied().unwrap_or(0);
        if rest.starts_with(b"<!--") {
            i = if rest.get(4) == Some(&b'>') {
                i + 5
            } else if rest.get(4..6) == Some(&b"->"[..]) {
                i + 6
            } else {
                find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3)
            };
        } else if rest.starts_with(b"<![CDATA[") {
            i = find(b, i + 9, b"]]>").map_or(b.len(), |e| e + 3);
        } else if next == b'!' || next == b'?' {
            i = find_byte(b, i + 2, b'>').map_or(b.len(), |e| e + 1);
        } else if next == b'/' {
            let start = i + 2;
            match b.get(start) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let mut j = start;
                    while j < b.len() && !is_ws(b[j]) && b[j] != b'/' && b[j] != b'>' {
                        j += 1;
                    }
                    let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
                    let Some((_, _, after)) = attributes(html, j) else { break };
                    bld.end_tag(&name);
                    i = after;
                }
                Some(b'>') => i += 3,
                Some(_) => i = find_byte(b, start, b'>').map_or(b.len(), |e| e + 1),
                None => {
                    bld.text("</");
                    i = b.len();
                }
            }
        } else if next.is_ascii_alphabetic() {
            let start = i + 1;
            let mut j = start;
            while j < b.len() && !is_ws(b[j]) && b[j] != b'/' && b[j] != b'>' {
                j += 1;
            }
            let name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
            let Some((attrs, self_closing, after)) = attributes(html, j) else { break };
            i = after;
            let opened = bld.start_tag(&name, attrs, self_closing);
            let raw = RAW_TEXT.contains(&name.as_str());
            let rcdata = RCDATA.contains(&name.as_str());
            let plaintext = name == "plaintext";
            if let Some((id, open)) = opened {
                if plaintext {
                    decode_text(html.get(i..).unwrap_or(""), &mut buf);
                    bld.dom.append_text(id, &buf);
                    i = b.len();
                } else if (raw || rcdata) && !(self_closing && bld.foreign > 0) {
                    let end = find_end_tag(b, i, &name).unwrap_or(b.len());
                    let mut content = html.get(i..end).unwrap_or("");
                    if name == "textarea" {
                        content = content.strip_prefix('\n').unwrap_or(content);
                    }
                    if rcdata {
                        decode_text(content, &mut buf);
                        bld.dom.append_text(id, &buf);
                    } else {
                        bld.dom.append_text(id, &content.replace('\0', "\u{FFFD}"));
                    }
                    if open && bld.top() == id {
                        bld.pop();
                    }
                    i = if end >= b.len() { b.len() } else { attributes(html, end + 2 + name.len()).map_or(b.len(), |a| a.2) };
                } else if name == "pre" || name == "listing" {
                    // a newline right after <pre> is not content
                    if b.get(i) == Some(&b'\n') {
                        i += 1;
                    } else if b.get(i..i + 2) == Some(b"\r\n") {
                        i += 2;
                    }
                }
            }
        } else {
            bld.text("<");
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering of the tree: `name(children)`, text in quotes.
    fn show(d: &Dom, id: NodeId) -> String {
        let mut out = String::new();
        // iterative walk with explicit exits
        let mut stack = vec![(id, false)];
        while let Some((n, exit)) = stack.pop() {
            if exit {
                out.push(')');
                continue;
            }
            match &d.nodes[n].data {
                Data::Text(t) => out.push_str(&format!("{t:?}")),
                Data::Element { name, .. } => {
                    out.push_str(name);
                    out.push('(');
                    stack.push((n, true));
                    let kids: Vec<_> = d.children(n).collect();
                    for k in kids.into_iter().rev() {
                        stack.push((k, false));
                    }
                }
                Data::Document => {
                    let kids: Vec<_> = d.children(n).collect();
                    for k in kids.into_iter().rev() {
                        stack.push((k, false));
                    }
                }
            }
        }
        out
    }

    fn body(html: &str) -> String {
        let d = Dom::parse(html);
        let b = d.find_first(Dom::ROOT, "body").expect("body");
        show(&d, b)
    }

    #[test]
    fn implied_structure() {
        let d = Dom::parse("<title>T &amp; U</title><meta name=a content=b><p>Hi");
        assert_eq!(show(&d, Dom::ROOT), "html(head(title(\"T & U\")meta())body(p(\"Hi\")))");
        assert_eq!(body("<p>a<p>b<div>c</div>"), "body(p(\"a\")p(\"b\")div(\"c\"))");
        assert_eq!(body("<ul><li>a<li>b</ul>x"), "body(ul(li(\"a\")li(\"b\"))\"x\")");
        assert_eq!(body("<dl><dt>a<dd>b<dt>c</dl>"), "body(dl(dt(\"a\")dd(\"b\")dt(\"c\")))");
        assert_eq!(
            body("<table><tr><td>a<td>b<tr><th>c</table>"),
            "body(table(tr(td(\"a\")td(\"b\"))tr(th(\"c\"))))"
        );
        assert_eq!(body("<h1>a<h2>b</h2>"), "body(h1(\"a\")h2(\"b\"))");
        assert_eq!(body("<select><option>a<option>b</select>"), "body(select(option(\"a\")option(\"b\")))");
    }

    #[test]
    fn end_tags() {
        assert_eq!(body("<div><span>a</div>b"), "body(div(span(\"a\"))\"b\")");
        assert_eq!(body("<div>a</span>b</div>"), "body(div(\"ab\"))");
        assert_eq!(body("<b><div>a</b>c</div>"), "body(b(div(\"ac\")))");
        assert_eq!(body("<table><tr><td><div>a</td><td>b</table>"), "body(table(tr(td(div(\"a\"))td(\"b\"))))");
        assert_eq!(body("</p></div>x"), "body(\"x\")");
    }

    #[test]
    fn raw_text_and_comments() {
        let d = Dom::parse("<script>if (a<b) { x='</div>' }</script><!-- <p>no --><p>y<style>p{}</STYLE >z");
        assert_eq!(show(&d, Dom::ROOT), "html(head(script(\"if (a<b) { x='</div>' }\"))body(p(\"y\"style(\"p{}\")\"z\")))");
        assert_eq!(body("<textarea>\n&lt;b&gt;</textarea>"), "body(textarea(\"<b>\"))");
        assert_eq!(body("<xmp><b>&amp;</xmp>"), "body(xmp(\"<b>&amp;\"))");
        assert_eq!(body("<p>a<![CDATA[b]]>c<!doctype x><?php ?>d</p>"), "body(p(\"acd\"))");
        assert_eq!(body("<plaintext><p>x</p>"), "body(plaintext(\"<p>x</p>\"))");
        assert_eq!(show(&Dom::parse("<script>never closed <p>x"), Dom::ROOT), "html(head(script(\"never closed <p>x\")))");
        assert_eq!(body("<!-->a<!--->b<!--c"), "body(\"ab\")");
    }

    #[test]
    fn attributes_and_void() {
        let d = Dom::parse("<a href=\"x?a=1&amp;b=2\" class='c d' id=e data-x=1 href=dup title=\"&copy=\"><img src=i>t</a><br/>");
        let a = d.find_first(Dom::ROOT, "a").expect("a");
        assert_eq!(d.attr(a, "href"), Some("x?a=1&b=2"));
        assert_eq!(d.attr(a, "class"), Some("c d"));
        assert_eq!(d.attr(a, "id"), Some("e"));
        assert_eq!(d.attr(a, "title"), Some("&copy="));
        assert_eq!(show(&d, a), "a(img()\"t\")");
        assert_eq!(body("<div/>x</div><svg><path/><g>y</g></svg>"), "body(div(\"x\")svg(path()g(\"y\")))");
        assert_eq!(body("a < b <3 <"), "body(\"a < b <3 <\")");
        assert_eq!(Dom::parse("<p a=\"unterminated>x").text(Dom::ROOT), "");
    }

    #[test]
    fn deep_and_large() {
        let deep = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        let d = Dom::parse(&deep);
        assert!(d.text(Dom::ROOT).contains('x'));
        let wide = "<p>a</p>".repeat(50_000);
        let d = Dom::parse(&wide);
        assert_eq!(d.find(Dom::ROOT, "p").len(), 50_000);
    }

    #[test]
    fn tree_edits() {
        let mut d = Dom::parse("<div id=a><p>1</p><p>2</p></div><div id=b></div>");
        let divs = d.find(Dom::ROOT, "div");
        let ps = d.find(Dom::ROOT, "p");
        d.append(divs[1], ps[0]);
        assert_eq!(d.text(divs[0]), "2");
        assert_eq!(d.text(divs[1]), "1");
        d.insert_before(ps[1], ps[0]);
        assert_eq!(d.text(divs[0]), "12");
        d.append(ps[0], divs[0]); // an ancestor under its descendant: refused
        assert_eq!(d.text(divs[0]), "12");
        d.detach(divs[0]);
        assert_eq!(d.text(Dom::ROOT), "");
    }
}

//! A lenient JSON reader for JSON as documentation writes it.
//!
//! Beyond strict JSON it accepts single-quoted strings, bare keys (`{ name: "Title" }`, as a
//! JavaScript object literal writes them), missing commas between members or items, trailing
//! commas, comments, elisions (`...`) and type names in place of values
//! (`"title": String`, a schema written in the shape of JSON). Every value keeps the line and column it started at, so that
//! extractors can give each field its source line and errors can point at the problem.

use serde_json::{Map, Number, Value};

/// A JSON value with its position in the document (1-based line and column).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub kind: Kind,
    /// Line of the value's first character.
    pub line: u32,
    /// Column of the value's first character.
    pub column: u32,
}

/// The shape of a [`Node`].
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as serde_json reads it (integers stay exact).
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object, members in document order (duplicates kept).
    Object(Vec<(String, Node)>),
    /// An unquoted word where a value goes (`"title": String`, `"count": Int64`): a type
    /// name, as a schema written in the shape of JSON gives it.
    TypeName(String),
}

impl Node {
    /// The plain JSON value (a later duplicate key wins, as in most parsers).
    pub fn to_value(&self) -> Value {
        match &self.kind {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Number(n) => Value::Number(n.clone()),
            Kind::String(s) | Kind::TypeName(s) => Value::String(s.clone()),
            Kind::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Kind::Object(members) => {
                let mut map = Map::new();
                for (k, v) in members {
                    map.insert(k.clone(), v.to_value());
                }
                Value::Object(map)
            }
        }
    }
}

/// Where and why reading failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What the reader expected.
    pub expected: String,
    /// What it found.
    pub found: String,
}

/// The outcome of [`parse`]: the value, the line it ended on, and whether the text was
/// strict JSON (so the spec can keep the raw text when it was not).
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The value.
    pub node: Node,
    /// Line of the value's last character.
    pub end_line: u32,
    /// Whether any leniency was needed.
    pub lenient: bool,
}

/// Reads one JSON value from `text`, whose first line is line `first_line` of the document.
/// Text after the value is not read.
pub fn parse(text: &str, first_line: u32) -> Result<Parsed, JsonError> {
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
        line: first_line,
        column: 1,
        lenient: false,
        depth: 0,
    };
    p.skip_ws();
    let node = p.value()?;
    // The position is just past the value's last character, which is never a line end.
    let end_line = p.line;
    Ok(Parsed {
        node,
        end_line,
        lenient: p.lenient,
    })
}

/// Deepest nesting accepted, so hostile input cannot exhaust the stack.
const MAX_DEPTH: u32 = 128;

struct Parser {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    column: u32,
    lenient: bool,
    depth: u32,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    /// Skips white space, and what documentation writes between values where white space
    /// may be: `// comments`, `/* comments */`, and elisions (`...`, `…`, `... (8 hidden
    /// items) ...`). Each of those makes the parse lenient.
    fn skip_ws(&mut self) {
        loop {
            while self.peek().is_some_and(char::is_whitespace) {
                self.bump();
            }
            let next = self.chars.get(self.pos + 1).copied();
            match (self.peek(), next) {
                // `# HTTP-Code 201 Created`: a shell-style comment line in a sample.
                (Some('#'), _) => {
                    self.lenient = true;
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                // `"pubkey": <str> <-- New`: an arrow pointing at the line, a note on it to
                // the end of the line.
                (Some('<'), Some('-'))
                    if self.chars.get(self.pos + 2) == Some(&'-')
                        && self.chars.get(self.pos + 3).is_some_and(|c| *c != '>') =>
                {
                    self.lenient = true;
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('/')) => {
                    self.lenient = true;
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => {
                    self.lenient = true;
                    self.bump();
                    self.bump();
                    while self.peek().is_some()
                        && !(self.peek() == Some('*') && self.chars.get(self.pos + 1) == Some(&'/'))
                    {
                        self.bump();
                    }
                    self.bump();
                    self.bump();
                }
                (Some('.'), Some('.')) | (Some('…'), _) => {
                    self.lenient = true;
                    while self.peek().is_some_and(|c| c == '.' || c == '…') {
                        self.bump();
                    }
                    // `... (8 hidden items) ...`
                    let save = (self.pos, self.line, self.column);
                    while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
                        self.bump();
                    }
                    if self.peek() == Some('(') {
                        while self.peek().is_some_and(|c| c != ')' && c != '\n') {
                            self.bump();
                        }
                        if self.peek() == Some(')') {
                            self.bump();
                        }
                    } else {
                        (self.pos, self.line, self.column) = save;
                    }
                }
                _ => return,
            }
        }
    }

    fn error(&self, expected: &str) -> JsonError {
        let found = match self.peek() {
            None => "end of input".to_string(),
            Some(c) => format!("`{c}`"),
        };
        JsonError {
            line: self.line,
            column: self.column,
            expected: expected.to_string(),
            found,
        }
    }

    fn value(&mut self) -> Result<Node, JsonError> {
        let (line, column) = (self.line, self.column);
        let kind = match self.peek() {
            Some('{') => self.nested(Self::object)?,
            Some('[') => self.nested(Self::array)?,
            Some(q @ ('"' | '\'')) => Kind::String(self.string(q)?),
            Some(c) if c == '-' || c.is_ascii_digit() => Kind::Number(self.number()?),
            Some(c) if c.is_ascii_alphabetic() => self.literal()?,
            // `"id": $string`, `[ $request_input, ... ]`: a shell-style variable standing
            // for a value of the type it names.
            Some('$')
                if self
                    .chars
                    .get(self.pos + 1)
                    .is_some_and(char::is_ascii_alphabetic) =>
            {
                self.bump();
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                {
                    self.bump();
                }
                self.lenient = true;
                Kind::TypeName(self.chars[start..self.pos].iter().collect())
            }
            // `"inputs": <Array[Proof]>`, `"pubkey": <str|null>`: a type in angle brackets
            // standing for a value of it (its first word the type's name), on one line.
            Some('<')
                if self
                    .chars
                    .get(self.pos + 1)
                    .is_some_and(char::is_ascii_alphabetic) =>
            {
                let mut end = self.pos + 1;
                let mut open = 1;
                while let Some(&c) = self.chars.get(end) {
                    match c {
                        '<' => open += 1,
                        '>' => open -= 1,
                        '\n' => return Err(self.error("a JSON value")),
                        _ => {}
                    }
                    end += 1;
                    if open == 0 {
                        break;
                    }
                }
                if open != 0 {
                    return Err(self.error("a JSON value"));
                }
                self.bump();
                let word: String = self.chars[self.pos..end]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
                    .collect();
                while self.pos < end {
                    self.bump();
                }
                self.lenient = true;
                Kind::TypeName(word)
            }
            _ => return Err(self.error("a JSON value")),
        };
        let kind = self.type_suffixes(kind)?;
        Ok(Node { kind, line, column })
    }

    /// After a type name (or `null`), what a TypeScript-style schema adds on the same line:
    /// `[]` for a list of it (`string[]`), and alternatives after `|` (`string | null`,
    /// `SurveyState | null`): the value is the first alternative that is not `null` (a
    /// list where it was written with `[]`), `null` where every one is.
    fn type_suffixes(&mut self, kind: Kind) -> Result<Kind, JsonError> {
        if !matches!(kind, Kind::TypeName(_) | Kind::Null) {
            return Ok(kind);
        }
        let mut kind = self.list_suffix(kind);
        loop {
            let save = (self.pos, self.line, self.column);
            self.skip_blanks();
            if self.peek() != Some('|') {
                (self.pos, self.line, self.column) = save;
                return Ok(kind);
            }
            self.bump();
            self.skip_blanks();
            if !self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                return Err(self.error("a type after `|`"));
            }
            let next = self.literal()?;
            let next = self.list_suffix(next);
            self.lenient = true;
            if matches!(kind, Kind::Null) {
                kind = next;
            }
        }
    }

    /// Spaces and tabs, not line ends.
    fn skip_blanks(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.bump();
        }
    }

    /// `[]` right after a type name: a list of that type.
    fn list_suffix(&mut self, kind: Kind) -> Kind {
        if matches!(kind, Kind::TypeName(_))
            && self.peek() == Some('[')
            && self.chars.get(self.pos + 1) == Some(&']')
        {
            let (line, column) = (self.line, self.column);
            self.bump();
            self.bump();
            self.lenient = true;
            return Kind::Array(vec![Node { kind, line, column }]);
        }
        kind
    }

    fn nested(&mut self, f: fn(&mut Self) -> Result<Kind, JsonError>) -> Result<Kind, JsonError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error(&format!("at most {MAX_DEPTH} levels of nesting")));
        }
        self.depth += 1;
        let out = f(self);
        self.depth -= 1;
        out
    }

    fn object(&mut self) -> Result<Kind, JsonError> {
        self.bump();
        let mut members = Vec::new();
        loop {
            self.skip_ws();
            match self.peek() {
                Some('}') => {
                    self.bump();
                    return Ok(Kind::Object(members));
                }
                Some(q @ ('"' | '\'')) => {
                    let key = self.string(q)?;
                    self.skip_ws();
                    self.optional_mark();
                    if self.peek() != Some(':') {
                        return Err(self.error("`:` after an object key"));
                    }
                    self.bump();
                    self.skip_ws();
                    let value = self.value()?;
                    members.push((key, value));
                    self.separator('}')?;
                }
                Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$' => {
                    // `{ name: "Title", }`: a JavaScript object literal's bare key.
                    let save = (self.pos, self.line, self.column);
                    let start = self.pos;
                    while self
                        .peek()
                        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
                    {
                        self.bump();
                    }
                    let key: String = self.chars[start..self.pos].iter().collect();
                    self.skip_ws();
                    self.optional_mark();
                    if self.peek() != Some(':') {
                        (self.pos, self.line, self.column) = save;
                        return Err(self.error("a quoted key or `}`"));
                    }
                    self.bump();
                    self.skip_ws();
                    self.lenient = true;
                    let value = self.value()?;
                    members.push((key, value));
                    self.separator('}')?;
                }
                _ => return Err(self.error("a quoted key or `}`")),
            }
        }
    }

    /// `"captcha"?: string`: TypeScript's mark of an optional member, between the key and
    /// its colon (read past; the key is the member's name).
    fn optional_mark(&mut self) {
        if self.peek() == Some('?') && self.chars.get(self.pos + 1) == Some(&':') {
            self.bump();
            self.lenient = true;
        }
    }

    fn array(&mut self) -> Result<Kind, JsonError> {
        self.bump();
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek() == Some(']') {
                self.bump();
                return Ok(Kind::Array(items));
            }
            items.push(self.value()?);
            self.separator(']')?;
        }
    }

    /// After a member or item: a comma, the closing bracket, or (leniently) nothing before
    /// the next member.
    fn separator(&mut self, close: char) -> Result<(), JsonError> {
        self.skip_ws();
        match self.peek() {
            Some(',') => {
                self.bump();
                self.skip_ws();
                if self.peek() == Some(close) {
                    self.lenient = true; // trailing comma
                }
                Ok(())
            }
            Some(c) if c == close => Ok(()),
            Some('"' | '\'' | '{' | '[') | Some('-' | '0'..='9') | Some('a'..='z') => {
                self.lenient = true; // missing comma
                Ok(())
            }
            _ => Err(self.error(&format!("`,` or `{close}`"))),
        }
    }

    fn string(&mut self, quote: char) -> Result<String, JsonError> {
        if quote == '\'' {
            self.lenient = true;
        }
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error(&format!("closing `{quote}`"))),
                Some(c) if c == quote => return Ok(out),
                Some('\\') => match self.bump() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('b') => out.push('\u{8}'),
                    Some('f') => out.push('\u{c}'),
                    Some('u') => out.push(self.unicode_escape()?),
                    Some(c) => out.push(c),
                    None => return Err(self.error("an escaped character")),
                },
                Some(c) => out.push(c),
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let mut code = 0u32;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|c| c.to_digit(16))
                .ok_or_else(|| self.error("4 hex digits after `\\u`"))?;
            self.bump();
            code = code * 16 + digit;
        }
        // Unpaired surrogates become U+FFFD rather than an error: documentation text only.
        Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
    }

    fn number(&mut self) -> Result<Number, JsonError> {
        let start = self.pos;
        let (line, column) = (self.line, self.column);
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
        {
            self.bump();
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        serde_json::from_str::<Number>(&text).map_err(|_| JsonError {
            line,
            column,
            expected: "a number".into(),
            found: format!("`{text}`"),
        })
    }

    fn literal(&mut self) -> Result<Kind, JsonError> {
        let start = self.pos;
        let (line, column) = (self.line, self.column);
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            self.bump();
        }
        let word: String = self.chars[start..self.pos].iter().collect();
        match word.as_str() {
            "null" => Ok(Kind::Null),
            // (A JavaScript object literal's `undefined`, as in `string | undefined`.)
            "undefined" => {
                self.lenient = true;
                Ok(Kind::Null)
            }
            "true" => Ok(Kind::Bool(true)),
            "false" => Ok(Kind::Bool(false)),
            // A capitalised word (`String`, `Int64`, `VideoObject`): a type name; or a
            // primitive's name as TypeScript and JSON Schema write it (`string`, `number`,
            // `boolean`), where strict JSON has no bare word.
            w if w.starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(
                    w,
                    "string"
                        | "number"
                        | "boolean"
                        | "integer"
                        | "object"
                        | "any"
                        | "bool"
                        | "int"
                        | "float"
                        | "double"
                        | "long"
                ) =>
            {
                self.lenient = true;
                Ok(Kind::TypeName(word))
            }
            _ => Err(JsonError {
                line,
                column,
                expected: "`null`, `true` or `false`".into(),
                found: format!("`{word}`"),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_json_with_positions() {
        let p = parse("{\n\"id\": \"integer\",\n\"tags\": [\n\"string\"\n]\n}", 38).unwrap();
        assert!(!p.lenient);
        assert_eq!(p.end_line, 43);
        let Kind::Object(members) = &p.node.kind else {
            panic!()
        };
        assert_eq!(members[0].0, "id");
        assert_eq!(members[1].1.line, 40);
        assert_eq!(
            p.node.to_value(),
            serde_json::json!({"id": "integer", "tags": ["string"]})
        );
    }

    #[test]
    fn type_names_in_place_of_values() {
        let p = parse(
            "{\n  \"title\": String,\n  \"privacy\": \"private\",\n  \"n\": [Int64]\n}",
            1,
        )
        .unwrap();
        assert!(p.lenient);
        let Kind::Object(members) = &p.node.kind else {
            panic!("{:?}", p.node);
        };
        assert_eq!(members[0].1.kind, Kind::TypeName("String".into()));
        assert_eq!(members[1].1.kind, Kind::String("private".into()));
        assert_eq!(
            p.node.to_value(),
            serde_json::json!({"title": "String", "privacy": "private", "n": ["Int64"]})
        );
        // A lower-case word is no type name: still an error.
        assert!(parse("{\"a\": nope}", 1).is_err());
    }

    #[test]
    fn typescript_shaped_schemas() {
        // Intake24's request bodies: primitives in lower case, unions with `null`, lists
        // written `T[]`, optional members marked `?` after the key.
        let p = parse(
            "{\n  \"id\": string | null,\n  \"captcha\"?: string,\n  \"state\": SurveyState,\n  \"tags\": string[],\n  \"n\": null | number,\n  flag?: boolean | undefined,\n}",
            1,
        )
        .unwrap();
        assert!(p.lenient);
        assert_eq!(
            p.node.to_value(),
            serde_json::json!({"id": "string", "captcha": "string", "state": "SurveyState",
                "tags": ["string"], "n": "number", "flag": "boolean"})
        );
        // A bar after a real value is no union.
        assert!(parse("{\"a\": \"x\" | \"y\"}", 1).is_err());
        assert!(parse("{\"a\": string |}", 1).is_err());
    }

    #[test]
    fn lenient_forms() {
        let p = parse("{ 'text': 'This is a message' }", 1).unwrap();
        assert!(p.lenient);
        assert_eq!(
            p.node.to_value(),
            serde_json::json!({"text": "This is a message"})
        );
        let p = parse("{\"a\": 1\n\"b\": [1 2,],}", 1).unwrap();
        assert_eq!(p.node.to_value(), serde_json::json!({"a": 1, "b": [1, 2]}));
        // A JavaScript object literal: bare keys, a trailing comma, an elided member.
        let p = parse(
            "{\n  id: \"1234\",\n  company: {\n    ...\n  },\n  $ref: 1,\n}",
            1,
        )
        .unwrap();
        assert!(p.lenient);
        assert_eq!(
            p.node.to_value(),
            serde_json::json!({"id": "1234", "company": {}, "$ref": 1})
        );
        // A bare word with no `:` after it is still no key.
        let e = parse("{\n  name \"x\"\n}", 1).unwrap_err();
        assert_eq!((e.line, e.column, e.found.as_str()), (2, 3, "`n`"));
        let big = parse("18446744073709551615", 1).unwrap();
        assert_eq!(
            big.node.to_value(),
            serde_json::json!(18446744073709551615_u64)
        );
    }

    #[test]
    fn comments_and_elisions_as_documentation_writes_them() {
        let p = parse(
            "{\n  \"id\": \"1\",\n  // ...\n  \"a\": [1, /* two */ 2],\n  ...\n}",
            1,
        )
        .unwrap();
        assert!(p.lenient);
        assert_eq!(
            p.node.to_value(),
            serde_json::json!({"id": "1", "a": [1, 2]})
        );
        let p = parse(
            "[\n {\"a\": 1},\n ... (8 hidden items) ...\n {\"a\": 2}\n]",
            1,
        )
        .unwrap();
        assert_eq!(p.node.to_value(), serde_json::json!([{"a": 1}, {"a": 2}]));
        let p = parse("[1, …]", 1).unwrap();
        assert_eq!(p.node.to_value(), serde_json::json!([1]));
    }

    #[test]
    fn errors_name_line_column_expected_and_found() {
        let e = parse("{\n\"a\": 1,\n\"b\" 2\n}", 10).unwrap_err();
        assert_eq!((e.line, e.column), (12, 5));
        assert_eq!(e.expected, "`:` after an object key");
        assert_eq!(e.found, "`2`");
        let e = parse("[1, 2", 1).unwrap_err();
        assert_eq!(e.found, "end of input");
        let deep = "[".repeat(10_000);
        assert!(
            parse(&deep, 1)
                .unwrap_err()
                .expected
                .contains("levels of nesting")
        );
    }
}

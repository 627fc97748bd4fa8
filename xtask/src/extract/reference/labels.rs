//! Labels over an operation's content (`Query parameters`, `200: OK`, `Request`, `Errors`,
//! `Body format`): what the blocks under them are.

use chatgen_codegen::spec::Location;

use super::fields::{RawParam, definition, field_line};
use super::locate::OpAt;
use super::routes::{instance_of, route_line};
use super::samples::media_type_text;
use crate::read::blocks::{Block, Document, Kind};

/// What a label (a heading, a short line ending in `:`) says the blocks under it are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    /// Parameters, at a location when the label gives one.
    Params(Option<Location>),
    /// Form-encoded body fields (`Form data parameters`).
    Form,
    /// A response, with its status when the label gives one.
    Response(Option<u16>),
    /// An example or other text that holds no parameter list.
    Other,
    /// The events a call sends (`Sends events:`), listed as items.
    Events,
}

/// The status a label gives: `200: OK`, `200 OK`, `Status code 200`, `Response 201`,
/// `HTTP/1.1 204`, `Returns 404`, `Older versions – 404: Not found`, `Response body (200 OK)`.
pub fn status_label(text: &str) -> Option<u16> {
    let t = text.trim().trim_end_matches(':').trim();
    let lower = t.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':' || c == '–' || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let code = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        (w.len() == 3)
            .then(|| w.parse::<u16>().ok())
            .flatten()
            .filter(|c| (100..600).contains(c))
    };
    // Leading code: `200: OK`, `200 OK`, `201`.
    if let Some(c) = words.first().and_then(|w| code(w)) {
        return (words.len() <= 8).then_some(c);
    }
    // After a dash: `Older Mastodon Versions – 404: Not Found`.
    if let Some((_, tail)) = t.rsplit_once(" – ").or_else(|| t.rsplit_once(" - ")) {
        let tail = tail.trim();
        let first = tail.split(|c: char| c.is_whitespace() || c == ':').next();
        if first.and_then(code).is_some() {
            return status_label(tail);
        }
    }
    // After a status word: `Status code 200`, `Response 201`, `HTTP/1.1 204`, `Returns 404`.
    for (k, w) in words.iter().enumerate() {
        let is_lead = matches!(*w, "status" | "code" | "response" | "returns" | "return")
            || w.starts_with("http/");
        if is_lead && let Some(c) = words.get(k + 1).and_then(|n| code(n)) {
            return (words.len() <= 10).then_some(c);
        }
    }
    // In brackets after an answer's label: `Response body (200 OK)`, `Response (201
    // Created)`.
    if let Some((head, inner)) = t.strip_suffix(')').and_then(|x| x.rsplit_once('(')) {
        let head = head.trim().to_ascii_lowercase();
        let answer = head.split_whitespace().count() <= 3
            && head.split_whitespace().any(|w| {
                matches!(
                    w,
                    "response" | "responses" | "result" | "returns" | "answer" | "reply"
                )
            });
        let first = inner.split_whitespace().next();
        if answer && inner.split_whitespace().count() <= 4 {
            return first.and_then(code);
        }
    }
    None
}

/// A label written in Chinese (`参数列表`, `请求参数`, `返回参数说明`, `返回示例`, `请求头`):
/// its context; the whole label is one of these words' phrases (up to 8 characters).
fn chinese_label(text: &str) -> Option<Ctx> {
    // (The place in parentheses after the label, `请求参数（Body）`, `请求参数(Query)`: the
    // label names that place's parameters.)
    let t = text.trim().trim_end_matches([':', '：']).trim_end();
    // (The label and what it says in brackets at its end, full-width or not.)
    let bracketed = [('（', '）'), ('(', ')')].iter().find_map(|(open, close)| {
        let body = t.strip_suffix(*close)?;
        let at = body.rfind(*open)?;
        Some((&body[..at], body[at + open.len_utf8()..].trim()))
    });
    if let Some((label, place)) = bracketed
        && let Some(Ctx::Params(None)) = chinese_label(label)
    {
        let location = match place.to_ascii_lowercase().as_str() {
            "body" | "json" | "form" | "form-data" => Some(Location::Body),
            "query" | "querystring" | "query string" | "url" => Some(Location::Query),
            "header" | "headers" => Some(Location::Header),
            "path" => Some(Location::Path),
            _ => None,
        };
        if location.is_some() {
            return Some(Ctx::Params(location));
        }
    }
    // (Or the name of the message's type in brackets, `请求（CreateDomainRequest）`,
    // `响应（CreateDomainResponse）`: the label's own context.)
    if let Some((label, ty)) = bracketed
        && ty.starts_with(|c: char| c.is_ascii_uppercase())
        && ty.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !label.trim().is_empty()
    {
        return chinese_label(label);
    }
    // (A label mixing in the English word for the part, `请求 body`, `响应 body`, `请求
    // header`: read as the Chinese word, `请求体`, `响应体`, `请求头`.)
    let mixed = text
        .split_whitespace()
        .map(|w| match w.to_ascii_lowercase().as_str() {
            "body" => "体".to_string(),
            "header" | "headers" => "头".to_string(),
            _ => w.to_string(),
        })
        .collect::<String>();
    let t = mixed
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .replace(char::is_whitespace, "");
    // (A label that repeats the call's title before a part's compound name,
    // `新建知识库请求参数` "create knowledge base: request parameters", `获取所有知识库状态响应示例`,
    // `创建Bot请求参数`: longer, the title may hold Latin letters.)
    let compound = [
        "请求参数",
        "响应参数",
        "返回参数",
        "请求示例",
        "响应示例",
        "返回示例",
        "参数说明",
    ]
    .iter()
    .any(|w| t.ends_with(w));
    if t.is_empty()
        || t.chars().count() > if compound { 16 } else { 8 }
        || !t.chars().all(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(&c) || (compound && c.is_ascii_alphanumeric())
        })
    {
        return None;
    }
    // (A label ends with what it names: `请求参数非法`, a sentence, is none.)
    let tails = [
        "参数",
        "参数列表",
        "参数说明",
        "入参",
        "出参",
        "字段",
        "字段说明",
        "示例",
        "例子",
        "样例",
        "说明",
        "描述",
        "地址",
        "信息",
        "请求头",
        "请求体",
        "返回值",
        "返回结果",
        "响应",
        "响应体",
        "请求方式",
        // (`请求数据方式`, "the way data is requested": the method.)
        "方式",
        // (`请求:` / `响应:`, "request" / "response" alone, as `#### 请求:` heads the call's
        // parameters and `#### 响应:` its answer.)
        "请求",
        // (`传输协议规范`, "transfer protocol specification": the call's route, method and
        // headers, as `API Specification` heads them.)
        "规范",
        // (`请求格式` / `响应格式`, "request format" / "response format": the call's
        // parameters and its answer.)
        "请求格式",
        "响应格式",
        "返回格式",
    ];
    if !tails.iter().any(|w| t.ends_with(w)) {
        return None;
    }
    let has = |w: &str| t.contains(w);
    if has("返回") || has("响应") || has("出参") {
        return Some(Ctx::Response(None));
    }
    if has("示例") || has("例子") || has("样例") {
        return Some(Ctx::Other);
    }
    // (`接口说明`, `接口地址`, `请求地址`, `基本信息`, `简要描述`, `请求数据方式`: the call's
    // own description, route and method, a part of the operation, not a topic of its own.)
    if has("接口")
        || has("规范")
        || has("地址")
        || has("方式")
        || has("简要")
        || has("基本信息")
        || t == "说明"
        || t == "描述"
    {
        return Some(Ctx::Other);
    }
    if has("请求头") || has("头部") {
        return Some(Ctx::Params(Some(Location::Header)));
    }
    if has("路径参数") {
        return Some(Ctx::Params(Some(Location::Path)));
    }
    if has("查询参数") {
        return Some(Ctx::Params(Some(Location::Query)));
    }
    if has("请求体") || has("请求正文") {
        return Some(Ctx::Params(Some(Location::Body)));
    }
    if has("参数") || has("入参") || has("字段") || t == "请求" || t == "请求格式" {
        return Some(Ctx::Params(None));
    }
    None
}

/// A label written in Russian, up to five words of Cyrillic letters (`Параметры метода`,
/// `Обработка ответа`, `Обработка ошибок`, `Возвращаемые данные`, `Заголовки`): its
/// context, by the stem of the word naming the part.
fn russian_label(text: &str) -> Option<Ctx> {
    let t = text
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || !t
            .chars()
            .all(|c| c.is_whitespace() || ('\u{0400}'..='\u{04ff}').contains(&c))
    {
        return None;
    }
    let has = |stem: &str| words.iter().any(|w| w.starts_with(stem));
    // ("response", "errors", "returned data")
    if has("ответ") || has("ошиб") || has("возвращаем") {
        return Some(Ctx::Response(None));
    }
    // ("headers")
    if has("заголов") {
        return Some(Ctx::Params(Some(Location::Header)));
    }
    // ("parameters", "fields")
    if has("параметр") || has("пол") && words.len() == 1 {
        return Some(Ctx::Params(None));
    }
    // ("examples")
    if has("пример") {
        return Some(Ctx::Other);
    }
    None
}

/// The words of a label written in Japanese, in the order they are tried, and what the
/// part they name is: an example first (`入力例` "input example"), then the answer
/// (`応答`, `レスポンス`, `失敗時` "on failure"), then a place (`入力（クエリパラメータ）`
/// "input (query parameters)", `リクエストヘッダ`), then parameters of no place (`入力`
/// "input", `パラメータ`, `引数`, `リクエスト`).
const JAPANESE_LABEL_WORDS: [(&str, Ctx); 21] = [
    ("例", Ctx::Other),
    ("サンプル", Ctx::Other),
    ("応答", Ctx::Response(None)),
    ("レスポンス", Ctx::Response(None)),
    ("出力", Ctx::Response(None)),
    ("戻り値", Ctx::Response(None)),
    ("返り値", Ctx::Response(None)),
    ("成功時", Ctx::Response(None)),
    ("失敗時", Ctx::Response(None)),
    ("エラー", Ctx::Response(None)),
    ("ヘッダ", Ctx::Params(Some(Location::Header))),
    ("クエリ", Ctx::Params(Some(Location::Query))),
    ("パスパラメータ", Ctx::Params(Some(Location::Path))),
    ("ボディ", Ctx::Params(Some(Location::Body))),
    ("本文", Ctx::Params(Some(Location::Body))),
    ("入力", Ctx::Params(None)),
    ("パラメータ", Ctx::Params(None)),
    ("パラメーター", Ctx::Params(None)),
    ("引数", Ctx::Params(None)),
    ("リクエスト", Ctx::Params(None)),
    ("フィールド", Ctx::Params(None)),
];

/// A label written in Japanese, up to 16 characters of kana and kanji, brackets and spaces
/// aside (`### 入力`, `### 入力（クエリパラメータ）`, `#### 失敗時`): its context, by the
/// first word of `JAPANESE_LABEL_WORDS` it holds.
fn japanese_label(text: &str) -> Option<Ctx> {
    let t: String = text
        .trim()
        .trim_end_matches([':', '：'])
        .chars()
        .filter(|c| !matches!(c, '（' | '）' | '(' | ')' | ' ' | '・' | '\u{3000}'))
        .collect();
    let cjk =
        |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3040}'..='\u{30ff}').contains(&c);
    if t.is_empty() || t.chars().count() > 16 || !t.chars().all(cjk) {
        return None;
    }
    JAPANESE_LABEL_WORDS
        .iter()
        .find(|(w, _)| t.contains(w))
        .map(|&(_, ctx)| ctx)
}

/// The words of a label written in a language of Latin script other than English (German,
/// French, Spanish, Portuguese, Italian), as the first letters of a word, in the order they
/// are tried: an example first (`Beispiel`, `Exemple`, `Ejemplo`, `Exemplo`, `Esempio`),
/// then the answer (`HTTP-Status der Rückgabe`, `Réponse`, `Respuesta`, `Resposta`,
/// `Risposta`, `Codici di errore`), then a place (headers, body, query, path), then
/// parameters of no place (`Parametri di richiesta`, `Paramètres`, `Parâmetros`).
const LATIN_LABEL_WORDS: [(&str, Ctx); 39] = [
    ("beispiel", Ctx::Other),
    ("exemple", Ctx::Other),
    ("ejemplo", Ctx::Other),
    ("exemplo", Ctx::Other),
    ("esempio", Ctx::Other),
    ("rückgabe", Ctx::Response(None)),
    ("antwort", Ctx::Response(None)),
    ("fehler", Ctx::Response(None)),
    ("réponse", Ctx::Response(None)),
    ("retour", Ctx::Response(None)),
    ("erreur", Ctx::Response(None)),
    ("respuesta", Ctx::Response(None)),
    ("errores", Ctx::Response(None)),
    ("resposta", Ctx::Response(None)),
    ("retorno", Ctx::Response(None)),
    ("erros", Ctx::Response(None)),
    ("risposta", Ctx::Response(None)),
    ("errore", Ctx::Response(None)),
    ("kopfzeile", Ctx::Params(Some(Location::Header))),
    ("en-tête", Ctx::Params(Some(Location::Header))),
    ("encabezado", Ctx::Params(Some(Location::Header))),
    ("cabeçalho", Ctx::Params(Some(Location::Header))),
    ("intestazion", Ctx::Params(Some(Location::Header))),
    ("corps", Ctx::Params(Some(Location::Body))),
    ("cuerpo", Ctx::Params(Some(Location::Body))),
    ("corpo", Ctx::Params(Some(Location::Body))),
    ("pfadparameter", Ctx::Params(Some(Location::Path))),
    ("abfrageparameter", Ctx::Params(Some(Location::Query))),
    ("parameter", Ctx::Params(None)),
    ("paramètre", Ctx::Params(None)),
    ("parámetro", Ctx::Params(None)),
    ("parâmetro", Ctx::Params(None)),
    ("parametro", Ctx::Params(None)),
    ("parametri", Ctx::Params(None)),
    ("argument", Ctx::Params(None)),
    ("argomenti", Ctx::Params(None)),
    ("argumento", Ctx::Params(None)),
    ("anfrage", Ctx::Params(None)),
    ("richiesta", Ctx::Params(None)),
];

/// A label of up to six words, one of them in a language of Latin script other than
/// English and starting with a word of `LATIN_LABEL_WORDS` (`HTTP-Status der Rückgabe`,
/// `Parametri di richiesta`, `Codici di errore`): its context, by the first of those words
/// it holds. A label with an English word of its own is left to the English rules.
fn latin_label(text: &str) -> Option<Ctx> {
    let t = text
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    // (A stem of five letters or fewer is a whole word, `corpo`, not the start of English
    // `corporate`.)
    let holds =
        |w: &str, stem: &str| w == stem || (stem.chars().count() > 5 && w.starts_with(stem));
    // (Words English shares, `parameter`, `argument`: read by the English rules where the
    // label has no other word of another language.)
    let foreign = |w: &str| {
        LATIN_LABEL_WORDS
            .iter()
            .any(|(stem, _)| holds(w, stem) && !matches!(*stem, "parameter" | "argument"))
    };
    if !words.iter().any(|w| foreign(w)) {
        return None;
    }
    LATIN_LABEL_WORDS
        .iter()
        .find(|(stem, _)| words.iter().any(|w| holds(w, stem)))
        .map(|&(_, ctx)| ctx)
}

/// A label written in a language other than English (Chinese, Russian, Japanese, or a
/// language of Latin script): its context. (Chinese first: a label of kanji alone,
/// `请求参数`, is read as Chinese.)
fn language_label(text: &str) -> Option<Ctx> {
    chinese_label(text)
        .or_else(|| russian_label(text))
        .or_else(|| japanese_label(text))
        .or_else(|| latin_label(text))
}

/// Whether a label names the request's body itself (`Body`, `Request payload`, `Corps de
/// la requête`, `请求体`), not parameters in general or a format (`JSON`).
pub(super) fn names_body(text: &str) -> bool {
    let l = text.to_lowercase();
    l.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "body" | "payload" | "corps" | "cuerpo" | "corpo"))
        || ["请求体", "ボディ"].iter().any(|w| l.contains(w))
}

/// The context a label opens, if it is one.
pub(super) fn label_ctx(text: &str) -> Option<Ctx> {
    if fact_of_field_above(text) {
        return None;
    }
    if let Some(ctx) = language_label(text) {
        return Some(ctx);
    }
    // (A Chinese sentence ending in a colon that opens with what it introduces: `返回json字符串，
    // 内容为一个字典，键值为：` "returns a JSON string, a dictionary whose keys are:", `参数：json
    // 字符串，…键值为：` "parameters: …".)
    let t = text.trim();
    if t.ends_with([':', '：']) {
        if t.starts_with("返回") || t.starts_with("响应") {
            return Some(Ctx::Response(None));
        }
        if t.starts_with("参数") || t.starts_with("请求参数") {
            return Some(Ctx::Params(None));
        }
    }
    let t = text.trim().trim_end_matches(':').trim();
    if t.is_empty() || t.split_whitespace().count() > 14 {
        return None;
    }
    if let Some(s) = status_label(t) {
        return Some(Ctx::Response(Some(s)));
    }
    // (`Exemplary request`: an example's label, as `Example request` is.)
    // (`Url-Parameters`, `Query-Parameters`: the words joined by a hyphen.)
    let l = t
        .to_lowercase()
        .replace("exemplary", "example")
        .replace("-param", " param");
    let has = |w: &str| l.contains(w);
    let request_side = has("request") || has("param") || has("argument") || has("input");
    // (`Acquired rows will be returned as the following JSON data:`: what is returned is
    // the answer.)
    let answer_side = has("response")
        || has("returns")
        || has("return value")
        || has("output")
        || has("result")
        || has(" returned as ")
        // (`When successful, responds with 202 accepted and a JSON object:`: the sentence
        // saying what the call answers introduces the answer.)
        || has("responds with")
        || has("respond with");
    // (`Returns a JSON alarm object with the following parameters:`: a sentence opening
    // with what the call returns names the answer's members, whatever it calls them.)
    let returns_opening = l.starts_with("returns ") && !has("request");
    if answer_side && (has("response") || returns_opening || (!has("request") && !has("parameter")))
    {
        // `Returns a 201 on success with the following schema:`: the status it names.
        let said = super::responses::prose_statuses(t).first().map(|s| s.0);
        return Some(Ctx::Response(said));
    }
    if events_label(&l) {
        return Some(Ctx::Events);
    }
    // (`- Restrictions:` over sentences, after `- Parameters:` and its table: notes of the
    // call, no more of its parameters.)
    if matches!(l.as_str(), "restrictions" | "limitations" | "caveats") {
        return Some(Ctx::Other);
    }
    if error_label(&l) || errors_sentence(&l) {
        return Some(Ctx::Response(None));
    }
    // `Example request:` / `Sample request`: the request as the page shows it; JSON under
    // it is the body.
    if (has("example") || has("sample"))
        && (has("request") || has("payload") || has("body"))
        && !has("curl")
    {
        return Some(Ctx::Params(Some(Location::Body)));
    }
    if has("example") || has("sample") || has("curl") || has("version history") {
        return Some(Ctx::Other);
    }
    if has("header") {
        return Some(Ctx::Params(Some(Location::Header)));
    }
    if has("form data") || has("form param") || has("form field") || has("form-data") {
        return Some(Ctx::Form);
    }
    if has("path") || has("url param") || has("uri param") || has("route param") {
        return Some(Ctx::Params(Some(Location::Path)));
    }
    if has("query") {
        return Some(Ctx::Params(Some(Location::Query)));
    }
    // (`URI Request Parameters`, `Request URL Parameters`: parameters of the URL, a route
    // placeholder or, not in the route, the query string.)
    if (has("uri ") || has("url ")) && has("param") && !has("body") {
        return Some(Ctx::Params(Some(Location::Path)));
    }
    if object_schema_label(&l) {
        return Some(Ctx::Other);
    }
    if has("body") || has("json") || has("payload") || has("request field") || has("post param") {
        return Some(Ctx::Params(Some(Location::Body)));
    }
    if has("in the url") {
        return Some(Ctx::Params(Some(Location::Query)));
    }
    // `Data:` (Nextcloud's `* Data:` after `* Header:`): what the call sends, located by
    // its method.
    if matches!(l.as_str(), "data" | "request data" | "input data") {
        return Some(Ctx::Params(None));
    }
    // (`Available filters:`: a list of what a query narrows by.)
    if request_side
        || l.ends_with("filters")
        || has("field")
        || has("attribute")
        || has("propert")
        || has("option")
        || has("argument")
    {
        return Some(Ctx::Params(None));
    }
    None
}

/// A label naming the schema of an object other than the request (`URI JSON Schema (see
/// the fetcher docs)` under `Request JSON Schema`): the members of a nested object the
/// request's table types (`uris | list of URI objects`), not more fields of the call. In
/// lower case; words in brackets aside.
fn object_schema_label(l: &str) -> bool {
    let head = l.split('(').next().unwrap_or(l);
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some((&"schema", before)) = words.split_last() else {
        return false;
    };
    let object: Vec<&str> = before
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "json" | "xml" | "yaml"))
        .collect();
    !object.is_empty()
        && object
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && !object.iter().any(|w| {
            matches!(
                *w,
                "request"
                    | "body"
                    | "payload"
                    | "input"
                    | "parameters"
                    | "parameter"
                    | "query"
                    | "form"
                    | "post"
                    | "put"
                    | "patch"
            )
        })
}

/// `Options: "a","b"`, `Default: 10`: a fact about the field above, not a label.
fn fact_of_field_above(text: &str) -> bool {
    text.split_once(':').is_some_and(|(k, v)| {
        !v.trim().is_empty()
            && matches!(
                k.trim().trim_matches(['*', '_']).to_lowercase().as_str(),
                "options"
                    | "values"
                    | "allowed values"
                    | "possible values"
                    | "enum"
                    | "default"
                    | "example"
                    | "choices"
            )
    })
}

/// A label over the errors or codes a call answers with (`Errors`, `Error codes`, `Return
/// codes`, `Possible errors`), in lower case: what follows is no parameter list.
fn error_label(l: &str) -> bool {
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let errors = words.iter().any(|w| matches!(*w, "error" | "errors"));
    let codes = words.iter().any(|w| matches!(*w, "code" | "codes"))
        && words
            .iter()
            .any(|w| matches!(*w, "return" | "status" | "error" | "errors"));
    (errors || codes)
        && words.iter().all(|w| {
            matches!(
                *w,
                "error"
                    | "errors"
                    | "code"
                    | "codes"
                    | "return"
                    | "status"
                    | "keys"
                    | "key"
                    | "possible"
                    | "messages"
                    | "the"
                    | "and"
                    // `Typical Error Codes`, `Common errors`.
                    | "typical"
                    | "common"
            )
        })
}

/// A sentence over the errors a call may give, in lower case (`The following errors may be
/// raised:`, `Exceptions thrown:`): what follows is no parameter list.
fn errors_sentence(l: &str) -> bool {
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .any(|w| matches!(*w, "error" | "errors" | "exception" | "exceptions"))
        && words.iter().any(|w| {
            matches!(
                *w,
                "raised" | "thrown" | "raise" | "throw" | "throws" | "raises"
            )
        })
}

/// The context a definition gives when its term is a label (`Errors` / `: …`, [`label_name`],
/// [`error_label`]).
pub(super) fn definition_label(b: &Block) -> Option<Ctx> {
    let term = b.text.split_once('\n')?.0.trim();
    definition(b)?;
    (label_name(term) || error_label(&term.to_lowercase()))
        .then(|| label_ctx(term))
        .flatten()
}

/// A label of fields (`Attributes:`, `The track object has the following fields:`) that
/// names no request side (request, parameter, argument, input, body, query, path, header).
pub(super) fn answer_fields_label(b: &Block) -> bool {
    if block_label(b) != Some(Ctx::Params(None)) {
        return false;
    }
    let l = b.text.to_lowercase();
    // (`Required fields:` / `Optional fields:` after the answer's sample: a request's; an
    // answer's fields are not required.)
    ![
        "request",
        "param",
        "argument",
        "input",
        "body",
        "query",
        "path",
        "header",
        "send",
        "required",
        "optional",
        "mandatory",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// A listed parameter with no location of its own (an unlabelled table, a list located
/// only by the method) whose name the route's query string shows (`?userId=%userId`): a
/// query parameter. So is every such parameter of an operation whose prose shows a call of
/// its route in code with one of them in the query string (`For example, the
/// `/widget/7?size=2` endpoint will update …` over `PATCH /widget/{id}` and a `Name |
/// Required` table of `size`, `color`): the call shows where the list travels, whatever the
/// method.
pub(super) fn shown_in_query(doc: &Document, o: &OpAt, raw: &mut [(RawParam, Option<Ctx>)]) {
    let Some(r) = &o.route else { return };
    let unlocated = |p: &RawParam, ctx: &Option<Ctx>| {
        p.location.is_none() && matches!(ctx, None | Some(Ctx::Params(None)))
    };
    let shown = prose_call_pairs(doc, o, &r.path);
    let listed_shown = raw
        .iter()
        .any(|(p, ctx)| unlocated(p, ctx) && shown.contains(&p.name));
    for (p, ctx) in raw.iter_mut() {
        if unlocated(p, ctx) && (listed_shown || r.pairs.iter().any(|(n, _)| *n == p.name)) {
            p.location = Some(Location::Query);
        }
    }
}

/// The query names of the calls of `path` a paragraph of the operation shows in code
/// or under its heading (`` `/widget/7?size=2&color=red` `` → `size`, `color`).
fn prose_call_pairs(doc: &Document, o: &OpAt, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    // (From the heading: two methods on one route line share the prose above it.)
    let from = o.heading.map_or(o.start, |h| h.min(o.start));
    let paragraphs = doc
        .blocks
        .get(from..o.end)
        .unwrap_or_default()
        .iter()
        .filter(|b| b.kind == Kind::Paragraph);
    for b in paragraphs {
        let text = doc.source.text(b.span.line, b.span.end_line);
        for code in text.split('`').skip(1).step_by(2) {
            let Some((target, query)) = code.split_once('?') else {
                continue;
            };
            let target = target
                .split_once("://")
                .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
                .unwrap_or(target);
            if !target.starts_with('/') || !instance_of(target, path) {
                continue;
            }
            for pair in query.split('&') {
                let name = pair.split('=').next().unwrap_or("");
                if !name.is_empty() && !out.iter().any(|n| n == name) {
                    out.push(name.to_string());
                }
            }
        }
    }
    out
}

/// Listed parameters with no location of their own in an operation whose `Accepts:` line
/// takes the body as raw bytes (`Accepts: `image/*, multipart/form-data``, `Accepts:
/// application/octet-stream`): a body of bytes carries no named fields, so the names go in
/// the query. Not where the line also accepts JSON or a URL-encoded form.
pub(super) fn raw_body_in_query(doc: &Document, o: &OpAt, raw: &mut [(RawParam, Option<Ctx>)]) {
    let raw_body = doc
        .blocks
        .get(o.start..o.end)
        .unwrap_or_default()
        .iter()
        .filter(|b| matches!(b.kind, Kind::Paragraph))
        .filter_map(|b| {
            let first = b.text.lines().next()?.trim().trim_start_matches('*');
            let (label, rest) = first.split_once(':')?;
            let label = label.trim().trim_end_matches('*').trim();
            label.eq_ignore_ascii_case("accepts").then_some(rest)
        })
        .any(|rest| {
            let value = rest.split(". ").next().unwrap_or(rest).replace('`', "");
            let media: Vec<String> = value
                .split([',', ' '])
                .map(|m| m.trim().trim_end_matches('.').to_ascii_lowercase())
                .filter(|m| m.contains('/'))
                .collect();
            let bytes = |m: &str| {
                ["image/", "audio/", "video/"]
                    .iter()
                    .any(|p| m.starts_with(p))
                    || m == "application/octet-stream"
            };
            media.iter().any(|m| bytes(m))
                && !media
                    .iter()
                    .any(|m| m.contains("json") || m == "application/x-www-form-urlencoded")
        });
    if !raw_body {
        return;
    }
    for (p, ctx) in raw.iter_mut() {
        if p.location.is_none() && matches!(ctx, None | Some(Ctx::Params(None))) {
            p.location = Some(Location::Query);
        }
    }
}

/// A name that is a label, capitalised (`Parameters`, `Response`, `Errors`), as a bold
/// label or an item (`- Parameters: a=1 and b=2`) prints it: never a field.
pub(super) fn label_name(name: &str) -> bool {
    let n = name.trim().trim_matches(['*', '`', ':']).trim();
    n.starts_with(|c: char| c.is_ascii_uppercase())
        && n.split_whitespace().all(|w| {
            let l = w.to_ascii_lowercase();
            matches!(
                l.as_str(),
                "parameters"
                    | "params"
                    | "arguments"
                    | "request"
                    | "response"
                    | "responses"
                    | "errors"
                    | "returns"
                    | "fields"
                    | "attributes"
                    | "properties"
                    | "headers"
                    | "body"
                    | "example"
                    | "examples"
            )
        })
}

/// A label over the events a call sends (`Events`, `Sends events`, `Emits events`), in
/// lower case and without its colon.
fn events_label(l: &str) -> bool {
    let l = l.trim().trim_end_matches(':').trim();
    matches!(
        l,
        "events"
            | "sends events"
            | "emits events"
            | "broadcasts events"
            | "triggers events"
            | "fires events"
            | "events sent"
            | "events emitted"
    )
}

/// The events a line names after an events label (`Sends events: * a * b (note)`), or
/// none when the line does not start with one.
pub(super) fn inline_events(text: &str) -> Option<Vec<String>> {
    let (label, rest) = text.trim().split_once(':')?;
    if !events_label(&label.to_lowercase()) || rest.trim().is_empty() {
        return None;
    }
    let rest = rest.trim();
    let sep = if rest.contains('*') { '*' } else { ',' };
    Some(
        rest.split(sep)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// Whether a heading is a label inside an operation (`Request`, `Path parameters`,
/// `200: OK`, `Example`), not a topic of its own.
pub(super) fn is_label_heading(text: &str) -> bool {
    heading_ctx(text).is_some()
        || inline_events(text).is_some()
        || matches!(
            clean_heading(text).to_lowercase().as_str(),
            "request"
                | "response"
                | "responses"
                | "errors"
                | "error"
                | "description"
                | "synopsis"
                // (`Syntax`, a sub-heading over the route as a request line, under the
                // operation's title.)
                | "syntax"
                // (`Operation`, a sub-heading over the route beside `Request` and
                // `Response`, under the section titled by what the call does.)
                | "operation"
                | "usage"
                // What a call takes and gives, inside its section (Slate pages).
                | "arguments"
                | "returns"
                // The security schemes a call needs (`Authorizations: bearerAuth`).
                | "authorizations"
                | "authorizations:"
                | "security"
                // The table of a call's facts under its section (Hugo pages: `### API
                // Specification` after `### Example`).
                | "specification"
                | "api specification"
                | "endpoint specification"
        )
}

/// Words a label heading is made of (`Form data parameters`, `Query String Params`,
/// `Response Example`); a heading with other words (`Get all notification requests`) is a
/// topic, whatever label word it holds.
const LABEL_WORDS: [&str; 59] = [
    "request",
    "requests",
    "response",
    "responses",
    "parameter",
    "parameters",
    "params",
    "param",
    "path",
    "query",
    "querystring",
    "string",
    "form",
    "data",
    "body",
    "headers",
    "header",
    "json",
    "example",
    "examples",
    "sample",
    "samples",
    "field",
    "fields",
    "attributes",
    "arguments",
    "argument",
    "errors",
    "error",
    "success",
    "successful",
    "returns",
    "return",
    "payload",
    "url",
    "uri",
    "variables",
    "properties",
    "options",
    "input",
    "output",
    // (Restdown pages' `### Inputs` over the parameter table.)
    "inputs",
    "outputs",
    "result",
    "results",
    "http",
    "code",
    "codes",
    "status",
    "version",
    "history",
    "curl",
    "content",
    "type",
    "schema",
    "value",
    "values",
    "structure",
    // (`## Request Json Syntax` over the table of the request's keys.)
    "syntax",
];

/// A label and the media type it names after a colon (`Request Body schema:
/// application/json`, `Body: multipart/form-data required`), or the label alone. The media
/// type may be set in emphasis or code (`Content-Type: _application/json_`).
pub(super) fn label_media(text: &str) -> (&str, Option<String>) {
    let t = text.trim();
    if let Some((label, after)) = t.rsplit_once(':') {
        let mut words = after.split_whitespace();
        let media = words
            .next()
            .map(|m| m.trim_matches(['_', '*', '`']))
            .filter(|m| media_type_text(m));
        let rest: Vec<&str> = words.collect();
        if let Some(m) = media
            && rest.iter().all(|w| w.eq_ignore_ascii_case("required"))
            && !label.trim().is_empty()
        {
            return (label.trim(), Some(m.to_string()));
        }
    }
    (t, None)
}

/// The context a heading opens, if it is a label heading.
pub(super) fn heading_ctx(text: &str) -> Option<Ctx> {
    let t = clean_heading(text);
    let t = label_media(without_section_number(&t)).0.to_string();
    if let Some(ctx) = language_label(&t) {
        return Some(ctx);
    }
    if let Some(s) = status_label(&t) {
        return Some(Ctx::Response(Some(s)));
    }
    if events_label(&t.to_lowercase()) {
        return Some(Ctx::Events);
    }
    if let Some(ctx) = format_label(&t) {
        return Some(ctx);
    }
    let answer_words = t.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "output" | "outputs" | "result" | "results" | "response" | "responses" | "returns"
        )
    });
    // (`Parameter Description`: the description of the parameters, a label of them; not
    // `Description` alone.)
    let of_parameters = t.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "parameter" | "parameters" | "params" | "arguments" | "argument"
        )
    });
    let words_ok = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let l = w.to_lowercase();
            LABEL_WORDS.contains(&l.as_str())
                || (of_parameters && matches!(l.as_str(), "description" | "descriptions"))
                || matches!(l.as_str(), "the" | "of" | "and" | "a" | "an" | "in" | "for")
                // Qualifiers (`Possible parameters`, `XML Example`, `Optional fields`).
                || matches!(
                    l.as_str(),
                    "possible"
                        | "available"
                        | "supported"
                        | "accepted"
                        // `Allowed params`.
                        | "allowed"
                        | "optional"
                        | "required"
                        | "additional"
                        | "more"
                        | "xml"
                        | "yaml"
                        // `Success Response`, `Successful response`.
                        | "success"
                        | "successful"
                        // `Normal Response Codes`, `Typical Error Codes`.
                        | "normal"
                        | "typical"
                        | "common"
                        | "expected"
                        // `Exemplary Response`, `Exemplary Request`: an example's.
                        | "exemplary"
                        // `Basic query parameters`: the first of several groups.
                        | "basic"
                )
                // `GET parameters`, `Post payload`: what a call of that method sends. Not
                // in title case before what is answered: `Get output` is a title, a verb
                // and its object.
                || (matches!(l.as_str(), "get" | "post" | "put" | "patch")
                    && (w.chars().all(|c| c.is_ascii_uppercase()) || !answer_words))
        });
    if !words_ok {
        return parameters_for(&t);
    }
    label_ctx(&t)
}

/// A parameter label heading naming, after `for`, the kind of thing its list is for
/// (`Parameters for documents`, `Query parameters for single pages`): the label's context,
/// as the label alone would give. Only a parameter label, the thing in a few words.
fn parameters_for(t: &str) -> Option<Ctx> {
    let l = t.to_ascii_lowercase();
    let at = l.find(" for ")?;
    let thing = &l[at + 5..];
    if thing.split_whitespace().count() > 3 || thing.contains(['/', '`', '(']) {
        return None;
    }
    match heading_ctx(&t[..at]) {
        Some(c @ Ctx::Params(_)) => Some(c),
        _ => None,
    }
}

/// A section label naming the format of a request or a response (`Body format`,
/// `Request format`, `Success response format`, `Response body`): the JSON under it is the
/// request's body or the response's example.
fn format_label(text: &str) -> Option<Ctx> {
    let l = text.trim().trim_end_matches(':').trim().to_lowercase();
    match l.as_str() {
        "body format" | "request body format" | "request format" => {
            Some(Ctx::Params(Some(Location::Body)))
        }
        "success response format"
        | "successful response format"
        | "response format"
        | "response body"
        | "success response body" => Some(Ctx::Response(None)),
        _ => None,
    }
}

/// A heading's text without an anchor (`{#create}`), shortcodes (`{{%deprecated%}}`) or
/// markup.
pub(super) fn clean_heading(text: &str) -> String {
    let mut t = text.to_string();
    while let Some(open) = t.find("{{") {
        let Some(close) = t[open..].find("}}") else {
            break;
        };
        t.replace_range(open..open + close + 2, "");
    }
    if let Some(open) = t.find("{#")
        && let Some(close) = t[open..].find('}')
    {
        t.replace_range(open..open + close + 1, "");
    }
    strip_attribute_list(&mut t);
    // An anchor element (`<a id='sendmessage'></a>`) and other inline tags.
    while let Some(open) = t.find("<a ").or_else(|| t.find("</a>")) {
        let Some(close) = t[open..].find('>') else {
            break;
        };
        t.replace_range(open..open + close + 1, "");
    }
    let t = t.replace('`', "");
    // A leading emoji or symbol (`⚙️ sendMessage`).
    let t = t.trim_start_matches(|c: char| {
        !c.is_alphanumeric() && !c.is_whitespace() && !"/{[(.:_$@<".contains(c)
    });
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A heading's text after its section number (`1.1.2 Request parameters`, `2. 请求参数`:
/// numbers joined by dots, a dot at least, then a space); a status (`200 OK`) keeps its
/// number.
pub(super) fn without_section_number(t: &str) -> &str {
    let Some((number, rest)) = t.split_once(' ') else {
        return t;
    };
    let numbered = number.contains('.')
        && number
            .trim_end_matches('.')
            .split('.')
            .all(|n| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()));
    if numbered && !rest.trim().is_empty() {
        rest.trim()
    } else {
        t
    }
}

/// Leaves out a heading's attribute list as Python-Markdown and kramdown write it
/// (`## List checks {: #list-checks .rule }`, `{: .class}`): an anchor, not title words.
pub(super) fn strip_attribute_list(t: &mut String) {
    if let Some(open) = t.find("{:")
        && let Some(close) = t[open..].find('}')
    {
        let inner = t[open + 2..open + close].trim();
        let attrs = inner
            .split_whitespace()
            .all(|w| w.starts_with(['#', '.']) || w.contains('='));
        if attrs {
            t.replace_range(open..open + close + 1, "");
        }
    }
}

/// The status of an API Blueprint response item (`+ Response 200 (application/json)`,
/// its first line).
fn response_item(b: &Block) -> Option<u16> {
    let first = b.text.trim().lines().next()?;
    (first.starts_with("Response ") && first.split_whitespace().count() <= 4)
        .then(|| status_label(first))
        .flatten()
}

/// A parameter label whose value is the parameters' place in brackets, as field lists of
/// one label per place write it (`Parameters: (Headers)`, `Parameters: (query string)`,
/// `Parameters: (JSON Payload)`): a label of that place. None for another value, or a
/// bracketed word that names no place.
fn placed_label(text: &str) -> Option<Ctx> {
    let t = text.trim();
    if t.contains('\n') {
        return None;
    }
    let (label, value) = t.split_once(':')?;
    let place = value.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
    if !matches!(
        label_ctx(&format!("{}:", label.trim())),
        Some(Ctx::Params(_))
    ) || place.split_whitespace().count() > 3
    {
        return None;
    }
    match label_ctx(&format!("{place}:")) {
        Some(c @ Ctx::Params(Some(_))) => Some(c),
        _ => None,
    }
}

/// How many words `t` holds, a bracketed aside just before its closing colon counted as
/// none (`Params (json object in request body) :` holds one; `` `a` (optional) controls
/// it: `` all its words).
fn unbracketed_words(t: &str) -> usize {
    match (t.find('('), t.rfind(')')) {
        (Some(open), Some(close))
            if open < close && t.matches('(').count() == 1 && t[close + 1..].trim() == ":" =>
        {
            t[..open].split_whitespace().count()
        }
        _ => t.split_whitespace().count(),
    }
}

/// An item made only of a parameter label's words, with no colon (`- **Query params**`
/// over its items), the media type maybe in brackets after them (`- **Request body (type :
/// application/json)**`): the parameters' label. The words must name parameters or a body
/// (API Blueprint's `+ Request (application/json)` and `+ Schema` are read as that
/// format's own items), and be two at least.
pub(super) fn item_label(t: &str) -> Option<Ctx> {
    let bracketed = t.strip_suffix(')').and_then(|inner| {
        let (label, inner) = inner.rsplit_once('(')?;
        let (lead, media) = inner.rsplit_once(':').unwrap_or(("", inner));
        let lead = lead.trim().to_ascii_lowercase();
        (media_type_text(media.trim().trim_matches(['_', '*', '`']))
            && matches!(lead.as_str(), "" | "type" | "content type" | "content-type"))
        .then_some(label.trim())
    });
    let label = bracketed.unwrap_or(t);
    // (Two words at least: a lone `- Body` or `+ Parameters` may head a sample or an API
    // Blueprint section, read by their own rules. In sentence case: a contents list's
    // entries are titles, `* [Request Body](#requestBody)`, of sections below.)
    let sentence_case = label
        .split_whitespace()
        .skip(1)
        .all(|w| !w.starts_with(|c: char| c.is_uppercase()));
    let names_params = label.split_whitespace().count() >= 2
        && sentence_case
        && !label.contains(':')
        && label.split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "params" | "parameters" | "arguments" | "body" | "payload" | "headers" | "fields"
            )
        });
    names_params
        .then(|| heading_ctx(label))
        .flatten()
        .filter(|c| matches!(c, Ctx::Params(_)))
}

/// A one-line block read as a label: a heading, or a short paragraph ending in `:` or
/// standing alone like `**Parameters**`.
/// The first line of an item's text when a hard-break mark ends it (`POST parameters \\`
/// over `A command dictionary containing:`), the mark kept.
fn hard_break_head(text: &str) -> Option<&str> {
    let (head, _) = text.trim().split_once('\n')?;
    head.trim_end().ends_with('\\').then_some(head.trim())
}

pub(super) fn block_label(b: &Block) -> Option<Ctx> {
    match b.kind {
        Kind::Heading { .. } => heading_ctx(&b.text),
        // `+ Response 200 (application/json)`: an API Blueprint response item, over its
        // headers and body.
        Kind::Item { .. } if let Some(s) = response_item(b) => Some(Ctx::Response(Some(s))),
        // `* **Parameters**: (query string)`: a parameter label whose value, in brackets, is
        // the place of the parameters under it (`(Headers)`, `(JSON Payload)`).
        Kind::Item { .. } if let Some(c) = placed_label(&b.text) => Some(c),
        // (An answer's label item closed by a Markdown hard break over its value on the
        // next lines, `* Results \\` / `` `HTTP 200` on success``: a label as `Results:`
        // is. Only the answer's: a request's is read by the route's own field rules.)
        Kind::Item { .. } if !b.text.contains('\n') || hard_break_head(&b.text).is_some() => {
            let t = hard_break_head(&b.text).unwrap_or(b.text.trim());
            match t.strip_suffix('\\').map(str::trim_end) {
                Some(l) if l.split_whitespace().count() <= 4 => label_ctx(l),
                // (A place in brackets after the label word, `- Params (json object in
                // request body) :`, is no more words of a sentence.)
                _ if t.ends_with(':') && unbracketed_words(t) <= 4 => label_ctx(t),
                _ => long_item_label(t),
            }
        }
        Kind::Paragraph if let Some(name) = block_directive(&b.text) => label_ctx(&name),

        // `Output:` over `If success, 200 with the alias.` in one paragraph: the label on
        // the first line, what follows it said under it.
        Kind::Paragraph
            if b.text.trim().lines().next().is_some_and(|l| {
                let l = l.trim();
                l.ends_with(':') && l.split_whitespace().count() <= 3
            }) && b.text.trim().contains('\n')
                // (Not `Optional:` over `name=[type]` lines: the parameters it marks.)
                && super::fields::marked_pairs(&b.text, b.span.line).is_none() =>
        {
            let first = b.text.trim().lines().next().unwrap_or_default().trim();
            label_ctx(first)
        }
        Kind::Paragraph if !b.text.contains('\n') => {
            let t = b.text.trim();
            // `options array of objects` is a field line, not a label.
            if field_line(t).is_some() {
                return None;
            }
            // (A sentence of one clause opening with the endpoint's path that introduces the
            // call's parameters, `` `/pack` is expecting an HTTP GET request with following
            // parameters:``: their label.)
            if t.ends_with(':')
                && t.split_whitespace().count() > 4
                && !t.contains(". ")
                && let Some(ctx @ Ctx::Params(_)) = fields_intro(t)
            {
                return Some(ctx);
            }
            // A path or a URL on a line of its own (`/v2/user/body`) is no label, nor a
            // line that gives one after its colon (`GET-Request sent: /api/v1/groups`).
            if t.starts_with('/') || t.starts_with("http://") || t.starts_with("https://") {
                return None;
            }
            // Nor is a route on a line of its own, whatever word its last segment ends
            // with (`GET /v1/scan_results`, `POST /x/response`).
            if route_line(t).is_some() {
                return None;
            }
            if t.split_once(": ")
                .is_some_and(|(_, v)| v.trim().starts_with('/') && !v.trim().contains(' '))
            {
                return None;
            }
            // (A status label, then a dash and what the answer holds: `**Response** `201
            // Created` — returns the new pet.`: that status's label.)
            if let Some((head, _)) = t.split_once(" — ").or_else(|| t.split_once(" – "))
                && head.split_whitespace().count() <= 4
                && let Some(s) = status_label(head)
            {
                return Some(Ctx::Response(Some(s)));
            }
            let t = label_media(t).0;
            // (A paragraph labelling the call's method, `HTTP request method:` over `* GET`,
            // is the route's, read by its own rule: what it labels is no parameter.)
            if super::evidence::method_label(&t.trim_end_matches(':').trim().to_lowercase()) {
                return Some(Ctx::Other);
            }
            // (An object's schema, a bracketed aside after it however long: `URI JSON
            // Schema (see the fetcher docs for details)`.)
            if object_schema_label(&t.to_lowercase()) {
                return Some(Ctx::Other);
            }
            // A sentence (`Returns a specific chatroom.`) is no label, nor a sentence that
            // ends with one (`Deletes a mapping by its ID. Headers:`).
            let short = t.split_whitespace().count() <= 4 && !t.ends_with('.');
            let prose = t.contains(". ");
            // (… unless that sentence introduces the fields of a request or an answer: `…
            // another system. The request is a JSON object with fields:`.)
            if params_invitation(t.rsplit(". ").next().unwrap_or(t)) {
                return Some(Ctx::Params(None));
            }
            if prose && t.ends_with(':') {
                return fields_intro(t.rsplit(". ").next().unwrap_or(t))
                    .or_else(|| fields_named_before(t));
            }
            (!prose && (t.ends_with(':') || short))
                .then(|| label_ctx(t))
                .flatten()
        }
        // A paragraph whose last line introduces the call's fields (`Creates a rule.` /
        // `The following parameters are supported:`): that label, over the list after it.
        // (Not in a paragraph giving a status: `` `200 (OK)`: … `` / `each element is a
        // JSON object with the following fields:` describes that answer.)
        Kind::Paragraph => {
            let text = b.text.trim();
            let last = text.lines().last().unwrap_or_default().trim();
            let gives_status = |l: &str| {
                l.split_once(':')
                    .is_some_and(|(head, _)| status_label(head.trim()).is_some())
                    || !super::responses::prose_statuses(l).is_empty()
            };
            if !last.ends_with(':') || text.lines().any(gives_status) {
                return None;
            }
            // (A label alone on the last line, under the route it lists the parameters of,
            // the lines joined by hard breaks: `GET /api/boxes/  ` / `parameters:`.)
            let first = text.lines().next().unwrap_or_default().trim();
            if text.lines().count() == 2
                && last.split_whitespace().count() == 1
                && super::routes::route_line(first).is_some()
                && let Some(ctx @ Ctx::Params(_)) = label_ctx(last)
            {
                return Some(ctx);
            }
            // (`Clients send the following to list boxes by sending a `POST` to
            // `/boxes/list`:`, over as many lines as it takes: what the caller sends, the
            // request's parameters.)
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let sentence = joined
                .rsplit(". ")
                .next()
                .unwrap_or(&joined)
                .to_ascii_lowercase();
            if sentence.contains("send the following") || sentence.contains("sends the following") {
                return Some(Ctx::Params(None));
            }
            // (A sentence wrapped over lines, its last line naming only the fields: `The body
            // is an object` / `with the following properties:`: the whole sentence
            // introduces them.)
            let whole = joined.rsplit(". ").next().unwrap_or(&joined);
            fields_intro(last.rsplit(". ").next().unwrap_or(last))
                .or_else(|| fields_intro(whole))
                .or_else(|| fields_named_before(&joined))
        }
        _ => None,
    }
}

/// The type of a fenced block directive opening a paragraph (pymdown's `/// api-response-spec`
/// over indented options such as `open: True`, or `/// details | Answer`), its words
/// joined by spaces (`api response spec`): it names what the block holds, as a label
/// does. A closing `///` alone names nothing.
fn block_directive(text: &str) -> Option<String> {
    let first = text.trim().lines().next()?.trim();
    let rest = first.strip_prefix("///")?.trim_start_matches('/').trim();
    let name = rest.split('|').next()?.trim();
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| name.replace(['-', '_'], " "))
}

/// A paragraph that describes before it ends with a label (`Deletes the rule. The
/// following parameters are supported:`): its opening sentences are still a description.
pub(super) fn label_after_prose(b: &Block) -> bool {
    let t = b.text.trim();
    let first = t.split(['\n']).next().unwrap_or_default();
    let first = first.split(". ").next().unwrap_or_default().trim();
    b.kind == Kind::Paragraph
        && first.len() < t.len()
        && !first.ends_with(':')
        && block_label(b).is_some()
}

/// A sentence ending a description that invites the caller to pass parameters, with no
/// colon after it (`Lists the boxes. You can specify additional parameters to narrow the
/// results.` over `` - `colour`: … `` bullets): the label of the list after it, as
/// `Parameters:` would be. It must say the caller can give them (`you can`, `you may`)
/// and how (`specify`, `pass`, `add`, `provide`, `supply`, `use`).
fn params_invitation(sentence: &str) -> bool {
    let l = sentence.trim().to_ascii_lowercase();
    let words: Vec<&str> = l
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let can = words
        .windows(2)
        .any(|w| w[0] == "you" && matches!(w[1], "can" | "may"));
    let verb = words.iter().any(|w| {
        matches!(
            *w,
            "specify" | "pass" | "add" | "provide" | "supply" | "use"
        )
    });
    let params = words
        .iter()
        .any(|w| matches!(*w, "parameter" | "parameters"));
    can && verb && params && l.ends_with('.') && words.len() <= 16
}

/// A paragraph closing on a short sentence that names fields without saying whose
/// (`The properties are:`) after a sentence of its own that does (`All properties of the
/// request are optional. Not including them keeps their values. The properties are:`):
/// the label of the list after it, as the closing sentence alone would be beside a call.
fn fields_named_before(paragraph: &str) -> Option<Ctx> {
    let last = paragraph.rsplit(". ").next().unwrap_or(paragraph);
    let ahead = &paragraph[..paragraph.len() - last.len()];
    let short = last.split_whitespace().count() <= 4;
    let names_fields = fields_intro(&format!("{last} request")).is_some();
    let said_whose = ahead.split(". ").any(|s| fields_intro(s).is_some());
    (short && names_fields && said_whose && !ahead.is_empty())
        .then(|| label_ctx(last))
        .flatten()
}

/// An item of one clause, closed by a colon over the list nested in it, that says what
/// the list is in more words than a label: what the call returns (`Returns JSON dictionary
/// with following key:`, `Returns a JSON object with:`), or the object the call sends
/// (`JSON object with any of these keys (all are optional, null to delete Nullables):`).
fn long_item_label(t: &str) -> Option<Ctx> {
    // (A sentence of its own: opening with a capital, on one line, no colon before its
    // last; not a field's item saying what follows, `serializer (optional) specify the
    // serializer used for the result:`, `outputs_array：Array, … as follows:`.)
    let body = t.strip_suffix(':')?;
    if t.contains(". ")
        || t.contains('\n')
        || body.contains([':', '：'])
        || !t.starts_with(|c: char| c.is_uppercase())
        || unbracketed_words(t) > 14
    {
        return None;
    }
    if let Some(c @ Ctx::Response(_)) = label_ctx(t) {
        return Some(c);
    }
    // (The object sent: its keys or fields, no word of an answer.)
    let l = t.to_ascii_lowercase();
    let object = l.starts_with("json object with ")
        || l.starts_with("a json object with ")
        || l.starts_with("json body with ");
    let keys = ["key", "field", "member", "propert"]
        .iter()
        .any(|w| l.contains(w));
    let answer = ["return", "response", "result", "answer", "output"]
        .iter()
        .any(|w| l.contains(w));
    (object && keys && !answer).then_some(Ctx::Params(Some(Location::Body)))
}

/// A sentence that introduces the fields of a request or an answer (`The request is a JSON
/// object with fields:`, `The following parameters are supported:`): its label. Fields,
/// properties or keys must be said to be of the call (`Following fields can be used to
/// configure HTTPS for the REST API:` introduces settings); parameters and arguments are
/// a call's by name.
fn fields_intro(last: &str) -> Option<Ctx> {
    let l = last.to_ascii_lowercase();
    let fields = ["field", "propert", "key"].iter().any(|w| l.contains(w));
    let params = ["parameter", "argument"].iter().any(|w| l.contains(w));
    let call = ["request", "response", "json", "body", "payload", "send"]
        .iter()
        .any(|w| l.contains(w));
    // (`Headers which must be set are:`, `The following headers may be sent:`: a list of
    // the request's headers.)
    let headers = l.starts_with("headers ") || l.contains("following headers");
    ((fields || params) && (call || (params && l.starts_with("the following "))) || headers)
        .then(|| label_ctx(last).or_else(|| long_intro_ctx(&l)))
        .flatten()
}

/// What a sentence too long for a label introduces, where its words say where the values
/// go (`this request requires a query string (see uri syntax …) to be included in the uri,
/// with the following key-value pairs:`): the parameters of that place. None for one that
/// speaks of an answer without naming parameters, or names no place.
fn long_intro_ctx(l: &str) -> Option<Ctx> {
    if l.split_whitespace().count() <= 14 {
        return None;
    }
    // (Closing on what it introduces: `the following key-value pairs:`, `… parameters:`;
    // not `one of the following values:`, a parameter's values.)
    let closing = l.rsplit("following").next().unwrap_or("");
    if !l.contains("following")
        || !["pair", "parameter", "argument", "key", "field", "propert"]
            .iter()
            .any(|w| closing.contains(w))
    {
        return None;
    }
    let params = ["parameter", "argument"].iter().any(|w| l.contains(w));
    let answer = ["response", "returns", "returned", "result", "output"]
        .iter()
        .any(|w| l.contains(w));
    if answer && !params {
        return None;
    }
    let location = if l.contains("query string") || l.contains("query parameter") {
        Location::Query
    } else if l.contains("header") {
        Location::Header
    } else if ["request body", "json body", "payload"]
        .iter()
        .any(|w| l.contains(w))
    {
        Location::Body
    } else {
        return None;
    };
    Some(Ctx::Params(Some(location)))
}

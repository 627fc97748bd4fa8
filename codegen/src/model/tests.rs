use super::*;

const SPEC: &str = r#"
api: m
title: M
source: m.yaml
family: fixture
protocol: {transport: rest}
auth: { scheme: bearer }
operations:
  - id: only_default
    name: Only default
    route: { method: GET, path: /a }
    responses:
      - { statuses: default, type: Thing }
    line: 1
  - id: default_and_ok
    name: Both
    route: { method: POST, path: "/b/{id}" }
    params:
      - { name: id, in: path, type: string, required: true }
      - { name: self, in: query, type: integer }
    body: { type: Thing }
    responses:
      - { status: 200, type: { list: Thing } }
      - { statuses: default, type: Problem }
    line: 2
  - id: no_route
    name: No route
    unknown: [route]
    line: 3
types:
  Thing:
    fields:
      - { name: next, type: Thing, optional: true }
      - { name: type, type: string }
  Problem:
    open: true
    fields:
      - { name: message, type: string }
"#;

fn model() -> Model {
    let spec = ApiSpec::from_yaml("m.yaml", SPEC).unwrap();
    Model::of(&spec)
}

#[test]
fn the_model_is_plain_data_for_any_thread() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Model>();
}

#[test]
fn a_default_answer_is_the_success_when_no_2xx_is_listed() {
    let m = model();
    let call = m.operation("only_default").unwrap().call.clone().unwrap();
    assert_eq!(call.ok, RustType::Named("Thing".into()));
    assert_eq!(call.err, Some(RustType::Value));
    assert_eq!(
        m.operation("only_default").unwrap().signature().unwrap(),
        "Client::only_default(&self) -> Result<types::Thing, Error<Value>>"
    );
    // Beside a 2xx answer, `default` is the error.
    let call = m.operation("default_and_ok").unwrap().call.clone().unwrap();
    assert_eq!(call.ok.to_string(), "Vec<types::Thing>");
    assert_eq!(call.err, Some(RustType::Named("Problem".into())));
}

#[test]
fn requests_types_and_setters() {
    let m = model();
    let op = m.operation("default_and_ok").unwrap();
    let request = op.request.as_ref().unwrap();
    assert_eq!(request.name, "DefaultAndOkRequest");
    let args: Vec<String> = request
        .constructor()
        .unwrap()
        .iter()
        .map(|a| format!("{}: {}", a.ident, a.ty))
        .collect();
    assert_eq!(args, ["id: String", "body: types::Thing"]);
    let (owner, member) = request.member_of(1).unwrap();
    assert_eq!(
        (owner, member.ident.as_str()),
        ("DefaultAndOkRequest", "self_")
    );
    assert_eq!(member.declared().to_string(), "Option<i64>");
    assert!(m.operation("no_route").unwrap().call.is_none());
    let thing = &m.types["Thing"];
    let next = thing.field("next").unwrap();
    assert!(next.boxed, "a type holding itself is boxed");
    assert_eq!(next.declared().to_string(), "Option<Box<types::Thing>>");
    assert_eq!(thing.field("type").unwrap().ident, "type_");
    let TypeKind::Struct(problem) = &m.types["Problem"].kind else {
        panic!("a struct");
    };
    assert_eq!(problem.rest.as_deref(), Some("fields"));
    assert_eq!(m.credentials.setters[0].method, "with_bearer_token");
}

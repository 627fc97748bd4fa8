//! Every Returns example of the TeamChat doc decodes into its generated type and encodes back
//! to an equal value (type names instantiated first). Results go where `cargo xtask report`
//! reads them.

use chat_clients::teamchat::types as t;
use chatgen_codegen::spec::SampleKind;
use chatgen_tests::{instantiate, round_trip, spec};
use serde_json::Value;
use xtask::report::{RoundTrip, round_trip_path};

/// Maps spec type names to generated types; a name missing here fails the test.
macro_rules! registry {
    ($($name:ident),* $(,)?) => {
        fn check(type_name: &str, value: &Value) -> Result<(), String> {
            match type_name {
                $(stringify!($name) => round_trip::<t::$name>(value),)*
                other => Err(format!("no generated type registered for `{other}`")),
            }
        }
    };
}

registry!(
    ApiTestResponse,
    AuthRevokeResponse,
    AuthTestResponse,
    ChannelOkResponse,
    ChannelsDiffResponse,
    ChannelsGetAutoFollowResponse,
    ChannelsListResponse,
    ChannelsSetpurposeResponse,
    ChannelsSettopicResponse,
    ChatDeleteResponse,
    ChatPostCodeBlockResponse,
    ChatPostMessageResponse,
    ChatUpdateCodeBlockResponse,
    ChatUpdateResponse,
    ConferenceOkResponse,
    ConferencesCheckPasswordResponse,
    ConferencesInfoResponse,
    ConferencesJwtResponse,
    ConferencesListResponse,
    ConferencesMeetFreeResponse,
    ConferencesRecordingListResponse,
    EventsGetResponse,
    FilesEditResponse,
    FilesListResponse,
    ItemsInfoResponse,
    IwauthenticationLoginPlainResponse,
    MessagesOkResponse,
    MessagesPagingOkResponse,
    OkResponse,
    PasswordPolicyResponse,
    PermissionsOkResponse,
    RtmConnectResponse,
    RtmStartResponse,
    SearchUsersResponse,
    SubscribeOkResponse,
    ThreadsCommentsResponse,
    ThreadsUnreadCountResponse,
    TimeNowResponse,
    UserOkResponse,
    UsersGetPresenceResponse,
    UsersSetInfoResponse,
    VersionResponse,
);

#[test]
fn every_returns_example_round_trips() {
    let s = spec("teamchat");
    let mut result = RoundTrip {
        checked: 0,
        passed: 0,
        failures: Vec::new(),
    };
    for op in &s.operations {
        for ex in &op.examples {
            let ty = op
                .responses
                .iter()
                .find(|r| r.status == ex.status)
                .and_then(|r| r.ty.as_ref());
            let (Some(json), Some(ty)) = (&ex.json, ty) else {
                result.failures.push(format!(
                    "{} line {}: example without a type",
                    op.id, ex.line
                ));
                continue;
            };
            let value = if ex.kind == SampleKind::TypeNames {
                instantiate(json)
            } else {
                json.clone()
            };
            result.checked += 1;
            match check(&ty.to_string(), &value) {
                Ok(()) => result.passed += 1,
                Err(e) => result
                    .failures
                    .push(format!("{} line {} as {ty}: {e}", op.id, ex.line)),
            }
        }
    }
    let path = round_trip_path(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "teamchat",
    );
    std::fs::write(&path, serde_json::to_string_pretty(&result).unwrap()).unwrap();
    assert_eq!(
        result.checked, 81,
        "one Returns example per method that has one"
    );
    assert!(result.failures.is_empty(), "{:#?}", result.failures);
}

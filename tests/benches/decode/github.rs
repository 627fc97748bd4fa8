//! GitHub's issues as `issues/list-for-repo` answers them (`IssueSimple` and every type it
//! reaches), with serde's derive: the generated types of `tests/src/openapi/github_issues`
//! mirrored by `scripts/derive-mirror.py`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

// Printed by `scripts/derive-mirror.py tests/src/openapi/github_issues/types.rs IssueSimple`: do not edit.
#[derive(Serialize, Deserialize)]
pub enum AuthorAssociation {
    #[serde(rename = "COLLABORATOR")]
    Collaborator,
    #[serde(rename = "CONTRIBUTOR")]
    Contributor,
    #[serde(rename = "FIRST_TIMER")]
    FirstTimer,
    #[serde(rename = "FIRST_TIME_CONTRIBUTOR")]
    FirstTimeContributor,
    #[serde(rename = "MANNEQUIN")]
    Mannequin,
    #[serde(rename = "MEMBER")]
    Member,
    #[serde(rename = "NONE")]
    None_,
    #[serde(rename = "OWNER")]
    Owner,
    #[serde(untagged)]
    Other(String),
}
#[derive(Serialize, Deserialize)]
pub struct IssueSimple {
    pub id: i64,
    pub node_id: String,
    pub url: String,
    pub repository_url: String,
    pub labels_url: String,
    pub comments_url: String,
    pub events_url: String,
    pub html_url: String,
    pub number: i64,
    pub state: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub user: Option<NullableSimpleUser>,
    pub labels: Vec<Label>,
    pub assignee: Option<NullableSimpleUser>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub assignees: Option<Option<Vec<SimpleUser>>>,
    pub milestone: Option<NullableMilestone>,
    pub locked: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub active_lock_reason: Option<Option<String>>,
    pub comments: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_request: Option<IssueSimplePullRequest>,
    pub closed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub author_association: AuthorAssociation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<Repository>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub performed_via_github_app: Option<Option<NullableIntegration>>,
}
#[derive(Serialize, Deserialize)]
pub struct IssueSimplePullRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub merged_at: Option<Option<String>>,
    pub diff_url: Option<String>,
    pub html_url: Option<String>,
    pub patch_url: Option<String>,
    pub url: Option<String>,
}
#[derive(Serialize, Deserialize)]
pub struct Label {
    pub id: i64,
    pub node_id: String,
    pub url: String,
    pub name: String,
    pub description: Option<String>,
    pub color: String,
    pub default: bool,
}
#[derive(Serialize, Deserialize)]
pub struct NullableIntegration {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub node_id: String,
    pub owner: Option<NullableSimpleUser>,
    pub name: String,
    pub description: Option<String>,
    pub external_url: String,
    pub html_url: String,
    pub created_at: String,
    pub updated_at: String,
    pub permissions: NullableIntegrationPermissions,
    pub events: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installations_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub webhook_secret: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pem: Option<String>,
}
#[derive(Serialize, Deserialize)]
pub struct NullableIntegrationPermissions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issues: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contents: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployments: Option<String>,
    #[serde(flatten)]
    pub fields: BTreeMap<String, Value>,
}
#[derive(Serialize, Deserialize)]
pub struct NullableLicenseSimple {
    pub key: String,
    pub name: String,
    pub url: Option<String>,
    pub spdx_id: Option<String>,
    pub node_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}
#[derive(Serialize, Deserialize)]
pub struct NullableMilestone {
    pub url: String,
    pub html_url: String,
    pub labels_url: String,
    pub id: i64,
    pub node_id: String,
    pub number: i64,
    pub state: NullableMilestoneState,
    pub title: String,
    pub description: Option<String>,
    pub creator: Option<NullableSimpleUser>,
    pub open_issues: i64,
    pub closed_issues: i64,
    pub created_at: String,
    pub updated_at: String,
    pub closed_at: Option<String>,
    pub due_on: Option<String>,
}
#[derive(Serialize, Deserialize)]
pub enum NullableMilestoneState {
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "closed")]
    Closed,
    #[serde(untagged)]
    Other(String),
}
#[derive(Serialize, Deserialize)]
pub struct NullableSimpleUser {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub name: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub email: Option<Option<String>>,
    pub login: String,
    pub id: i64,
    pub node_id: String,
    pub avatar_url: String,
    pub gravatar_id: Option<String>,
    pub url: String,
    pub html_url: String,
    pub followers_url: String,
    pub following_url: String,
    pub gists_url: String,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub organizations_url: String,
    pub repos_url: String,
    pub events_url: String,
    pub received_events_url: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub site_admin: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starred_at: Option<String>,
}
#[derive(Serialize, Deserialize)]
pub struct Repository {
    pub id: i64,
    pub node_id: String,
    pub name: String,
    pub full_name: String,
    pub license: Option<NullableLicenseSimple>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub organization: Option<Option<NullableSimpleUser>>,
    pub forks: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<RepositoryPermissions>,
    pub owner: SimpleUser,
    pub private: bool,
    pub html_url: String,
    pub description: Option<String>,
    pub fork: bool,
    pub url: String,
    pub archive_url: String,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub deployments_url: String,
    pub downloads_url: String,
    pub events_url: String,
    pub forks_url: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub languages_url: String,
    pub merges_url: String,
    pub milestones_url: String,
    pub notifications_url: String,
    pub pulls_url: String,
    pub releases_url: String,
    pub ssh_url: String,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub trees_url: String,
    pub clone_url: String,
    pub mirror_url: Option<String>,
    pub hooks_url: String,
    pub svn_url: String,
    pub homepage: Option<String>,
    pub language: Option<String>,
    pub forks_count: i64,
    pub stargazers_count: i64,
    pub watchers_count: i64,
    pub size: i64,
    pub default_branch: String,
    pub open_issues_count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    pub has_issues: bool,
    pub has_projects: bool,
    pub has_wiki: bool,
    pub has_pages: bool,
    pub has_downloads: bool,
    pub archived: bool,
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    pub pushed_at: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_rebase_merge: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub template_repository: Option<Option<RepositoryTemplateRepository>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temp_clone_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_squash_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_auto_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_merge_commit: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_forking: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribers_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_count: Option<i64>,
    pub open_issues: i64,
    pub watchers: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub master_branch: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starred_at: Option<String>,
}
#[derive(Serialize, Deserialize)]
pub struct RepositoryPermissions {
    pub admin: bool,
    pub pull: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<bool>,
    pub push: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintain: Option<bool>,
}
#[derive(Serialize, Deserialize)]
pub struct RepositoryTemplateRepository {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RepositoryTemplateRepositoryOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fork: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blobs_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaborators_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commits_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contents_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contributors_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployments_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downloads_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forks_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_commits_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_refs_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_tags_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_comment_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_events_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issues_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merges_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestones_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notifications_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulls_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub releases_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stargazers_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statuses_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribers_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trees_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clone_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mirror_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hooks_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub svn_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forks_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stargazers_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watchers_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_issues_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_issues: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_projects: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_wiki: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_pages: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_downloads: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pushed_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<RepositoryTemplateRepositoryPermissions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_rebase_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temp_clone_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_squash_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_auto_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_merge_commit: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribers_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_count: Option<i64>,
}
#[derive(Serialize, Deserialize)]
pub struct RepositoryTemplateRepositoryOwner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gravatar_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub following_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gists_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starred_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repos_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_events_url: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_admin: Option<bool>,
}
#[derive(Serialize, Deserialize)]
pub struct RepositoryTemplateRepositoryPermissions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintain: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull: Option<bool>,
}
#[derive(Serialize, Deserialize)]
pub struct SimpleUser {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub name: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "chat_clients::runtime::double_option"
    )]
    pub email: Option<Option<String>>,
    pub login: String,
    pub id: i64,
    pub node_id: String,
    pub avatar_url: String,
    pub gravatar_id: Option<String>,
    pub url: String,
    pub html_url: String,
    pub followers_url: String,
    pub following_url: String,
    pub gists_url: String,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub organizations_url: String,
    pub repos_url: String,
    pub events_url: String,
    pub received_events_url: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub site_admin: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starred_at: Option<String>,
}

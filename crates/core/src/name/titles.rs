//! Job titles: a value that ends in one names a role, not a person
//! (`"to":"Group Exercise Lead"`, `publishedBy="Membership Consultant"`),
//! even where its other words are listed names (`Head Coach`).

/// The last words of job titles in English, the language of log
/// templates; none is a common surname (not `Steward`, `Mason`).
#[rustfmt::skip]
const TITLE_ENDINGS: &[&str] = &[
    "coach", "lead", "manager", "director", "officer", "consultant", "specialist", "advisor",
    "adviser", "supervisor", "coordinator", "assistant", "administrator", "engineer", "analyst",
    "instructor", "trainer", "therapist", "receptionist", "technician", "executive",
    "representative", "associate", "intern", "architect", "developer", "planner", "controller",
    "accountant", "auditor", "recruiter", "cashier", "agent",
];

/// Does the value whose words are `last` the last one end a job title?
pub(super) fn ends_job_title(last: &str) -> bool {
    TITLE_ENDINGS
        .iter()
        .any(|t| t.len() == last.len() && t.eq_ignore_ascii_case(last))
}

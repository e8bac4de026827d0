//! The naming rule on messages of real pages (the KMS page and the corpus
//! of other services' pages): each expectation is the name a person reads
//! off the message, and says which rule gives it.

use std::collections::HashSet;

use super::*;

/// The names of a page with these (code, message) rows, nothing pinned.
fn derive_names(entries: &[(&str, &str)]) -> Vec<String> {
    derive_names_avoiding(entries, &HashSet::new())
}

/// The name of a code alone on its page.
fn name(message: &str) -> String {
    derive_names(&[("X.1", message)]).remove(0)
}

#[test]
fn words_of_the_message_acronyms_as_words() {
    assert_eq!(name("Invalid request URL."), "InvalidRequestUrl");
    assert_eq!(name("Abnormal KMS I/O."), "AbnormalKmsIo");
    assert_eq!(name("Invalid key_alias."), "InvalidKeyAlias");
    assert_eq!(name("Invalid resourceType."), "InvalidResourceType");
    assert_eq!(name("Too many CMK grants."), "TooManyCmkGrants");
    assert_eq!(name("Key IDs do not match."), "KeyIdsDoNotMatch");
}

#[test]
fn the_first_clause_only() {
    assert_eq!(
        name("KMS has been frozen. Renew it and try again."),
        "KmsFrozen"
    );
    assert_eq!(
        name("Invalid certificate. Add one that expires before January 19, 2038 03:14:07 UTC."),
        "InvalidCertificate"
    );
    assert_eq!(
        name("invalid filter limit, can not greater than 1000."),
        "InvalidFilterLimit"
    );
    assert_eq!(
        name("Unable to obtain enclave root certificate, please contact technical support."),
        "UnableToObtainEnclaveRootCertificate"
    );
    assert_eq!(
        name("Can not update grant quota when no grant has created."),
        "CannotUpdateGrantQuota"
    );
    assert_eq!(
        name("Operation not allowed due to a system error"),
        "OperationNotAllowed"
    );
    // A number's comma and a decimal point do not end a clause.
    assert_eq!(
        name("datakey_length must be 8,192 bits."),
        "DatakeyLengthMustBe8192Bits"
    );
    // Nor does a first word alone.
    assert_eq!(
        name("Parameter: Value exceeds the maximum length."),
        "ParameterValueExceedsMaximumLength"
    );
}

#[test]
fn placeholders_and_bracketed_text_are_not_words() {
    assert_eq!(name("Invalid file name %s."), "InvalidFileName");
    assert_eq!(name("Volume(s) (%s) not found."), "VolumeNotFound");
    assert_eq!(
        name("The number of apps exceeds the maximum allowed limit (400)."),
        "NumberOfAppsExceedsMaximumAllowedLimit"
    );
}

#[test]
fn articles_and_auxiliaries_are_dropped() {
    assert_eq!(name("The key has been disabled."), "KeyDisabled");
    assert_eq!(name("The key is not enabled."), "KeyNotEnabled");
    assert_eq!(name("The key does not exist."), "KeyDoesNotExist");
    assert_eq!(name("User has no permission."), "UserHasNoPermission");
    assert_eq!(
        name("Your account balance is insufficient."),
        "AccountBalanceInsufficient"
    );
    assert_eq!(name("A system exception occurred."), "SystemException");
    assert_eq!(name("The secret name already exists."), "SecretNameExists");
    assert_eq!(
        name("The imported private key can not be deleted."),
        "ImportedPrivateKeyCannotBeDeleted"
    );
    // A message of fillers only keeps them.
    assert_eq!(name("A"), "A");
}

#[test]
fn a_state_is_named_by_itself() {
    assert_eq!(
        name("The key is not in Pending import state."),
        "KeyNotPendingImport"
    );
    assert_eq!(
        name("The key is already in Pending deletion state."),
        "KeyAlreadyPendingDeletion"
    );
}

#[test]
fn context_of_the_request_is_dropped() {
    assert_eq!(
        name("Parameters missing in the request message."),
        "ParametersMissing"
    );
    assert_eq!(
        name("Invalid JSON format of the request message."),
        "InvalidJsonFormat"
    );
    assert_eq!(
        name("Service-Transaction-Id is missing in request header."),
        "ServiceTransactionIdMissing"
    );
    assert_eq!(name("X-Auth-Token expired."), "AuthTokenExpired");
}

#[test]
fn a_long_name_drops_trailing_and_subject_phrases() {
    assert_eq!(
        name("Failed to create the default partition for the key."),
        "FailedToCreateDefaultPartition"
    );
    assert_eq!(
        name("Real-name authentication is required to access the API."),
        "RealNameAuthenticationRequired"
    );
    assert_eq!(
        name("The image in the AS configuration does not exist."),
        "ImageDoesNotExist"
    );
    assert_eq!(
        name("Key IDs in the imported key and token do not match."),
        "KeyIdsDoNotMatch"
    );
    assert_eq!(
        name("Volume(s) (%s) not found in target server."),
        "VolumeNotFound"
    );
    // Not a phrase that follows a bare "not": the name would say nothing.
    assert_eq!(
        name("The automated backup cycle is not in ascending order."),
        "AutomatedBackupCycleNotInAscendingOrder"
    );
    // A short name keeps its phrase.
    assert_eq!(name("Invalid id of tenant."), "InvalidIdOfTenant");
}

#[test]
fn a_shortened_name_that_would_be_shared_stays_long() {
    let names = derive_names(&[
        (
            "KMS.0313",
            "The user has no permission to access the partition.",
        ),
        ("KMS.0334", "User has no permission."),
    ]);
    assert_eq!(
        names,
        [
            "UserHasNoPermissionToAccessPartition",
            "UserHasNoPermission"
        ]
    );
}

#[test]
fn no_name_is_over_forty_characters_nor_ends_mid_phrase() {
    let long = "The number of weighted record sets with the same name, type, and resolution line has reached the limit.";
    assert_eq!(name(long), "NumberOfWeightedRecordSets");
    let words = "Promotional SMS messages must contain the way to unsubscribe in the end";
    let named = name(words);
    assert!(named.len() <= MAX_LEN, "{named}");
    assert_eq!(named, "PromotionalSmsMessagesMustContainWay");
    let one_word = "x".repeat(60);
    assert_eq!(name(&one_word).len(), MAX_LEN);
}

#[test]
fn shared_names_get_the_codes_number() {
    assert_eq!(
        derive_names(&[
            ("KMS.2103", "Failed to verify the DEK hash."),
            ("KMS.2203", "Failed to verify the DEK hash."),
        ]),
        ["FailedToVerifyDekHash2103", "FailedToVerifyDekHash2203"]
    );
    assert_eq!(
        derive_names(&[("401", "Denied."), ("403", "Denied.")]),
        ["Denied401", "Denied403"]
    );
    // The number would run into a name ending in a digit: the whole code.
    assert_eq!(
        derive_names(&[("EX.1", "Limit 8"), ("EX.2", "Limit 8")]),
        ["Limit8Ex1", "Limit8Ex2"]
    );
    // Numbers shared too: the whole code.
    assert_eq!(
        derive_names(&[("A.1", "Foo"), ("B.1", "Foo"), ("A.2", "Foo")]),
        ["FooA1", "FooB1", "Foo2"]
    );
}

#[test]
fn another_services_codes_on_a_page_start_with_their_prefix() {
    let mut page: Vec<(String, String)> = (0..6)
        .map(|i| (format!("KMS.{i:04}"), format!("Invalid thing {i}.")))
        .collect();
    page.push(("CSMS.0301".into(), "Invalid X-Auth-Token.".into()));
    page.push(("KMS.0302".into(), "Invalid X-Auth-Token.".into()));
    let pairs: Vec<(&str, &str)> = page.iter().map(|(c, m)| (c.as_str(), m.as_str())).collect();
    let names = derive_names(&pairs);
    assert_eq!(names[6..], ["CsmsInvalidAuthToken", "InvalidAuthToken"]);
    // Two prefixes of near equal weight are one service's: no prefix.
    let even = derive_names(&[("DBS.1", "Lost."), ("RDS.1", "Gone."), ("RDS.2", "Late.")]);
    assert_eq!(even, ["Lost", "Gone", "Late"]);
}

#[test]
fn empty_message_falls_back_to_the_code() {
    assert_eq!(
        derive_names(&[("KMS.0201", ""), ("KMS.0202", "...")]),
        ["Kms0201", "Kms0202"]
    );
    assert_eq!(derive_names(&[("404", "")]), ["E404"]);
}

#[test]
fn names_are_identifiers() {
    assert_eq!(name("404 not found"), "E404NotFound");
    assert_eq!(name("self"), "ESelf");
    assert_eq!(name("Ungültiger Schlüssel"), "UngLtigerSchlSsel");
}

#[test]
fn pinned_names_are_never_taken() {
    let reserved: HashSet<String> = ["InvalidRequestUrl", "New", "NewKms9"]
        .map(String::from)
        .into();
    let names = derive_names_avoiding(
        &[("NEW.1", "Invalid request URL."), ("KMS.9", "New")],
        &reserved,
    );
    assert_eq!(names, ["InvalidRequestUrl1", "New9"]);
}

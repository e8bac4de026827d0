//! Code written against kms-errors as generated from the seed page (68
//! codes): it names every seed variant. It must keep compiling when the
//! crate is regenerated from a newer page (`tests/regenerate.rs` builds it
//! with `KMS_ERRORS_SPEC` naming `tests/fixtures/error_code_next.rst`).
//! Deprecation warnings (retired codes) are expected and allowed.

use kms_errors::KmsError;

/// The seed code of a variant, by matching on every seed variant by name.
pub fn seed_code(error: KmsError) -> &'static str {
    match error {
        KmsError::InvalidRequestUrl => "KMS.0201",
        KmsError::InvalidJsonFormat => "KMS.0202",
        KmsError::RequestMessageTooLong => "KMS.0203",
        KmsError::ParametersMissing => "KMS.0204",
        KmsError::InvalidKeyId => "KMS.0205",
        KmsError::InvalidSequenceNumber => "KMS.0206",
        KmsError::InvalidEncryptionContext => "KMS.0208",
        KmsError::KeyDisabled => "KMS.0209",
        KmsError::KeyScheduledForDeletion => "KMS.0210",
        KmsError::CannotPerformOnDefaultMasterKeys => "KMS.0211",
        KmsError::InvalidParameter => "KMS.0308",
        KmsError::ExternalKeysRequired => "KMS.0309",
        KmsError::KeyNotPendingImport => "KMS.0310",
        KmsError::TagListCannotBeEmpty => "KMS.0401",
        KmsError::InvalidMatchValue => "KMS.0402",
        KmsError::InvalidMatchKey => "KMS.0403",
        KmsError::FailedToDecryptWithRsaPrivateKey => "KMS.0311",
        KmsError::ExternalKeysCannotBeRotated => "KMS.0312",
        KmsError::KeyRotationNotEnabled => "KMS.0313",
        KmsError::InvalidAction => "KMS.0404",
        KmsError::InvalidTagValue => "KMS.0405",
        KmsError::InvalidTagKey => "KMS.0406",
        KmsError::InvalidTagListSize => "KMS.0407",
        KmsError::InvalidResourceType => "KMS.0408",
        KmsError::TooManyTags => "KMS.0409",
        KmsError::InvalidTagValueLength => "KMS.0410",
        KmsError::InvalidTagKeyLength => "KMS.0411",
        KmsError::InvalidTagList => "KMS.0412",
        KmsError::TooManyTagValues => "KMS.0413",
        KmsError::InvalidMatches => "KMS.0415",
        KmsError::InvalidOffset => "KMS.0417",
        KmsError::InvalidKeyAlias => "KMS.1101",
        KmsError::InvalidRealm => "KMS.1102",
        KmsError::InvalidKeyDescription => "KMS.1103",
        KmsError::DuplicateKeyAliases => "KMS.1104",
        KmsError::TooManyKeys => "KMS.1105",
        KmsError::KeyNotDisabled => "KMS.1201",
        KmsError::KeyNotEnabled => "KMS.1301",
        KmsError::InvalidPendingDeletionPeriod => "KMS.1401",
        KmsError::KeyAlreadyPendingDeletion => "KMS.1402",
        KmsError::KeyNotPendingDeletion => "KMS.1501",
        KmsError::InvalidLimit => "KMS.1601",
        KmsError::MarkerMustBeNonNegative => "KMS.1602",
        KmsError::RandomDataLengthMustBe512Bits => "KMS.1801",
        KmsError::DatakeyLengthOutOfRange => "KMS.1901",
        KmsError::DatakeyLengthMustBe512Bits => "KMS.2001",
        KmsError::InvalidPlainText => "KMS.2101",
        KmsError::DatakeyPlainLengthMustBe64Bytes => "KMS.2102",
        KmsError::DekHashVerificationFailed2103 => "KMS.2103",
        KmsError::InvalidCipherText => "KMS.2201",
        KmsError::DatakeyCipherLengthMustBe64Bytes => "KMS.2202",
        KmsError::DekHashVerificationFailed2203 => "KMS.2203",
        KmsError::MissingOperationBesidesCreateGrant => "KMS.2401",
        KmsError::InvalidUserId => "KMS.2402",
        KmsError::FailedToCreateGrant => "KMS.2403",
        KmsError::TooManyCmkGrants => "KMS.2404",
        KmsError::TooManyGrants => "KMS.2405",
        KmsError::InvalidGrantId => "KMS.2501",
        KmsError::GrantIdAndKeyIdDoNotMatch => "KMS.2502",
        KmsError::TokenExpired => "KMS.2601",
        KmsError::KeyExpirationTimeInPast => "KMS.2602",
        KmsError::ImportedKeyIdsDoNotMatch => "KMS.2603",
        KmsError::ExternalKeyPlaintextLengthMustBe32Bits => "KMS.2604",
        KmsError::TokenVerificationFailed => "KMS.2605",
        KmsError::ReimportedKeyPlaintextMismatch => "KMS.2606",
        KmsError::KeyMaterialCannotBeDeleted => "KMS.2701",
        KmsError::InternalError => "KMS.0101",
        KmsError::AbnormalKmsIo => "KMS.0102",
        _ => "not in the seed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_variant_keeps_its_code() {
        for &error in KmsError::ALL {
            let code = seed_code(error);
            assert!(code == error.code() || code == "not in the seed", "{error:?}");
        }
        assert_eq!(KmsError::ALL.iter().filter(|e| seed_code(**e) != "not in the seed").count(), 68);
    }
}

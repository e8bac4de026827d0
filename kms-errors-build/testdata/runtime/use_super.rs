use super::stub::SvcError;

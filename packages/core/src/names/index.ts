export { asciiDigits, parseDecimalNumber, parseWholeNumber } from './digits';
export {
  canonicalPhone,
  formatPhone,
  isPhoneCountry,
  type PhoneProblem,
  type PhoneResult,
  phoneCandidates,
} from './phone';
export { recordSearchKey, searchKey, searchPattern } from './search-key';

import type { CommonMessages } from './fi.ts';

export const so: CommonMessages = {
  'submission.outcome.taken-into-account': 'waa la tixgeliyay',
  'submission.outcome.partly': 'qayb ahaan ayaa la tixgeliyay',
  'submission.outcome.not-taken-into-account': 'lama tixgelin',
  'submission.outcome.decision-pending': 'go’aanka weli lama gaarin',
  'removal.ground.unreachable': 'ururka lama gaari karo inkasta oo isku dayo badan la sameeyay',
  'removal.ground.criteria': 'ururku ma buuxiyo shuruudaha xubinnimada shabakadda',
  'removal.ground.hinders': 'ururku wuxuu u dhaqmaa si cad oo caqabad ku ah is-dhexgalka',
  'removal.outcome.removed': 'ururka waa laga saarayaa shabakadda',
  'removal.outcome.kept': 'ururku wuu sii ahaanayaa xubin',
};

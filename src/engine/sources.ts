// The clauses rules rest on, quoted from the documents in shared RULES.md "Sources".
import type { Citation } from './types';

export const SOURCES = {
  cscImpartiality: {
    source: 'Civil Service Code, political impartiality',
    quote: 'You must not "act in a way that is determined by party political considerations, or use official resources for party political purposes".',
  },
  cscIntegrityDisclosure: {
    source: 'Civil Service Code, integrity',
    quote: 'You must not "disclose official information without authority".',
  },
  cscProfessional: {
    source: 'Civil Service Code, integrity',
    quote: 'Always "act in a way that is professional and that deserves and retains the confidence of all those with whom you have dealings".',
  },
  commissionSocialMedia: {
    source: 'Civil Service Commission, Social media and the Civil Service Code',
    quote: '"\'Tweeting in a personal capacity\'… does not absolve you of the requirement to follow the Code."',
  },
  managementCodeDisclosure: {
    source: 'Civil Service Management Code 4.2.4',
    quote: 'No "public statement which might involve the disclosure of official information… without the prior approval" of the department.',
  },
  managementCodeModeration: {
    source: 'Civil Service Management Code 4.4',
    quote: 'Staff should "express comment with moderation, avoiding personal attacks".',
  },
  gcsObjective: {
    source: 'GCS propriety guidance',
    quote: 'Government communications "should be objective and explanatory, not biased or polemical".',
  },
  gcsAttacks: {
    source: 'GCS propriety guidance',
    quote: 'Communicators must "guard against perceived attacks on particular interests, organisations or individuals".',
  },
  gcsPartisan: {
    source: 'GCS propriety guidance',
    quote: '"Official accounts must not be used for the further dissemination of messages from party political or otherwise partisan accounts."',
  },
  gcsIfInDoubt: {
    source: 'GCS propriety guidance',
    quote: '"If in doubt, don\'t post it."',
  },
  lga1986: {
    source: 'Local Government Act 1986, s.2',
    quote: 'A council shall not publish material that "appears to be designed to affect public support for a political party".',
  },
  publicityCode: {
    source: 'Code of Recommended Practice on Local Authority Publicity (2011)',
    quote: 'No "publicity which seeks to influence voters"; "Do not retweet or share political opinion or content posted by political parties or politicians."',
  },
  politicalRestrictions: {
    source: 'Local Government Officers (Political Restrictions) Regulations 1990',
    quote: 'A restricted officer may not "speak to the public at large… with the apparent intention of affecting public support for a political party", nor canvass or announce candidature.',
  },
  securityClassifications: {
    source: 'Government Security Classifications',
    quote: 'Protectively marked material (OFFICIAL-SENSITIVE, SECRET, TOP SECRET) may be shared only with those who need to know; the Civil Service Code forbids disclosing "official information without authority".',
  },
  dataProtection: {
    source: 'Data Protection Act 2018, s.170',
    quote: 'It is an offence to "knowingly or recklessly obtain, disclose or procure personal data without the consent of the data controller".',
  },
  electionGuidance: {
    source: 'Cabinet Office election guidance',
    quote: 'Civil servants should not "undertake any activity which could call into question their political impartiality", taking particular care in election periods.',
  },
} satisfies Record<string, Citation>;

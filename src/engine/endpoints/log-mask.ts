/**
 * Camel's `DefaultMaskingFormatter` (Camel 4.22), as `log:name?logMask=true` applies it to the whole formatted line:
 * the value after any key containing a sensitive keyword (`password`, `secret`, `token`, `user`, … — Camel's
 * `SensitiveUtils` list) is replaced by `xxxxx`. Text starting with `<` is treated as XML (element values, then
 * `key=value` attributes), text starting with `{` or `[` as JSON (`"key": "value"`, then `key=value`), anything else as
 * `key=value` pairs, where a value runs up to the next quote or comma. Then, always, passwords in URIs
 * (`scheme://user:secret@`) and PEM private key blocks are masked.
 */

/** Camel 4.22's sensitive keywords (`org.apache.camel.util.SensitiveUtils`). */
const KEYWORDS = (
  'accesskey accesstoken accesstokensecret accountkey accountsid acltoken api-key api_key api_secret apikey ' +
  'apipassword apiuser apiusername authenticationtoken authkey authorization authorizationtoken authtoken ' +
  'azureclientid azureclientsecret basicauthpassword bearertoken blobaccesskey blobstoragesharedkeycredential ' +
  'certresourcepassword clientid clientsecret clientsecretcredential connectionstring consumerkey consumersecret ' +
  'emailaddress functionkey hostkey httpproxypassword kerberosauthticket keypassword keystorePassword ' +
  'keystorepassword knownhosts knownhostsfile knownhostsuri oauthclientid oauthclientsecret oauthtoken ' +
  'oauthtokenurl p12filename passphrase password personalaccesstoken privatekey privatekeyfile privatekeyname ' +
  'privatekeypassword proxyauthpassword proxyauthusername proxypassword proxyuser proxyusername publickeyid ' +
  'publishkey queueownerawsaccountid realm refreshtoken sascredential sasljaasconfig saslpassword sassignature ' +
  'secret secretkey securerandom serviceinstanceid sessiontoken sharedaccesskey sourceblobaccesskey ' +
  'sslkeypassword sslkeystorepassword sslpassword ssltruststorepassword storageaccountconnectionstring ' +
  'subscribekey subscriptionid systemid token tokencredential truststorepassword user ' +
  'userauthenticationcredentials username userpassword verificationcode webhookverifytoken zookeeperpassword'
).split(' ');

const MASK = 'xxxxx';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Java's TreeSet order (UTF-16 code units), which is also JS's default sort.
const ONE_OF = [...KEYWORDS].sort().map(escape).join('|');

const KEY_VALUE = new RegExp(`(\\w*(?:${ONE_OF})\\w*\\s*?=\\s*?['"]?)([^'",]+)`, 'gi');
const XML_ELEMENT = new RegExp(
  `(<(\\w*(?:${ONE_OF})\\w*)(?:\\s+.+)*?>\\s*?)(?:[^\\s<]+(?:\\s+[^\\s<]+)*?)(\\s*?</\\2>)`,
  'gi',
);
const JSON_FIELD = new RegExp(`"(${ONE_OF})"(\\s*?):(\\s*?)"([^"]*)"`, 'gi');
const URI_USERINFO = /([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/@\s"']*?:)([^@\s"']+)(@)/g;
const PEM_PRIVATE_KEY = /(-----BEGIN [^-]*PRIVATE KEY-----\s*)(.*?)(\s*-----END [^-]*PRIVATE KEY-----)/gis;

/** The text with sensitive values masked, as Camel's default masking formatter does it. */
export function maskSensitive(source: string): string {
  if (source === '') return source;
  let answer = source;
  if (source.startsWith('<')) {
    answer = answer.replace(XML_ELEMENT, `$1${MASK}$3`);
  } else if (source.startsWith('{') || source.startsWith('[')) {
    answer = answer.replace(JSON_FIELD, `"$1"$2:$3"${MASK}"`);
  }
  answer = answer.replace(KEY_VALUE, `$1${MASK}`);
  if (answer.includes('://')) answer = answer.replace(URI_USERINFO, `$1${MASK}$3`);
  if (answer.toLowerCase().includes('-----begin')) answer = answer.replace(PEM_PRIVATE_KEY, `$1${MASK}$3`);
  return answer;
}

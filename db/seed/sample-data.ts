// The opt-in sample desk, built from the five seed reports (2020–2025) in /work/shared/seeds.
//
// PEOPLE ARE FICTIONAL. The reports name a few senior officials, but this sample deliberately
// uses invented names, e-mails (@example.vn) and passport data; real office-holders appear only
// by title (e.g. "Vụ trưởng Vụ Hợp tác quốc tế, kiêm Chánh Văn phòng ASEAN Việt Nam").
// Meetings, places, dates and outcomes up to 2025 follow the reports or public press; every
// placeholder (2026 dates and venues, decision numbers, completion dates) is flagged in `notes`.
//
// "Today" for this sample is 2026-11-21: some action items are overdue, some due within 30 days.
// Keys all start with 's-' so they never clash with reference keys (reference-data.ts).
import type { SampleData } from './types';

const PLACEHOLDER_2026 =
  'Ngày và địa điểm là giá trị giữ chỗ, cần xác nhận. / Dates and venue are placeholders to be confirmed.';
const CHILD_DATES_2023 =
  'Diễn ra trong hai ngày 02–03/8/2023 (báo cáo ASOEN 34); ngày cụ thể của từng cuộc họp cần xác nhận.';
const CHILD_DATES_2024 =
  'Chuỗi hội nghị với đối tác 31/7–01/8/2024 (báo cáo 2024); ngày cụ thể của từng cuộc họp cần xác nhận.';

export const sampleData: SampleData = {
  version: 1,

  // ---------------------------------------------------------------- people (fictional)
  people: [
    {
      key: 's-p-dong', fullName: 'Nguyễn Văn Đông', passportName: 'NGUYEN VAN DONG',
      position: 'Vụ trưởng Vụ Hợp tác quốc tế, kiêm Chánh Văn phòng ASEAN Việt Nam', agency: 'ag-mae-icd',
      email: 'nvdong@example.vn', phone: '+84 24 0000 0101', passportExpiry: '2029-03-14',
      notes: 'Nhân vật hư cấu, đại diện chức danh Trưởng đoàn ASOEN 34.',
    },
    {
      key: 's-p-dai', fullName: 'Phạm Quốc Đại', passportName: 'PHAM QUOC DAI',
      position: 'Phó Vụ trưởng Vụ Hợp tác quốc tế', agency: 'ag-mae-icd',
      email: 'pqdai@example.vn', passportExpiry: '2028-10-02', notes: 'Nhân vật hư cấu.',
    },
    {
      key: 's-p-ha', fullName: 'Nguyễn Thị Thu Hà', passportName: 'NGUYEN THI THU HA',
      position: 'Phó Chánh Văn phòng ASEAN Việt Nam', agency: 'ag-mae-avo',
      email: 'ntthuha@example.vn', phone: '+84 24 0000 0102', passportExpiry: '2030-01-20', notes: 'Nhân vật hư cấu. Kiêm nhiệm công tác ASOEN.',
    },
    {
      key: 's-p-nam', fullName: 'Lê Hoàng Nam', passportName: 'LE HOANG NAM',
      position: 'Chuyên viên chính, Văn phòng ASEAN Việt Nam', agency: 'ag-mae-avo',
      email: 'lhnam@example.vn', passportExpiry: '2027-04-30',
      notes: 'Nhân vật hư cấu. Hộ chiếu hết hạn dưới 6 tháng kể từ ngày xuất cảnh dự ASOMM 26 — cần gia hạn.',
    },
    {
      key: 's-p-khoa', fullName: 'Trần Minh Khoa', passportName: 'TRAN MINH KHOA',
      position: 'Phó Cục trưởng Cục Bảo tồn thiên nhiên và Đa dạng sinh học', agency: 'ag-mae-ncbd',
      email: 'tmkhoa@example.vn', passportExpiry: '2031-05-11', notes: 'Nhân vật hư cấu. Trưởng nhóm AWGNCB của Việt Nam.',
    },
    {
      key: 's-p-lananh', fullName: 'Đỗ Thị Lan Anh', passportName: 'DO THI LAN ANH',
      position: 'Trưởng phòng, Cục Bảo tồn thiên nhiên và Đa dạng sinh học', agency: 'ag-mae-ncbd',
      email: 'dtlananh@example.vn', passportExpiry: '2027-09-30', notes: 'Nhân vật hư cấu. Theo dõi hồ sơ Vườn di sản ASEAN.',
    },
    {
      key: 's-p-mai', fullName: 'Hoàng Thị Mai', passportName: 'HOANG THI MAI',
      position: 'Biên tập viên', agency: 'ag-mae',
      email: 'htmai@example.vn', passportExpiry: '2028-06-18',
      notes: 'Nhân vật hư cấu. Trước 01/3/2025 công tác tại Trung tâm Truyền thông tài nguyên và môi trường; đơn vị hiện tại cần cập nhật.',
    },
    {
      key: 's-p-hai', fullName: 'Bùi Văn Hải', passportName: 'BUI VAN HAI',
      position: 'Chuyên viên chính, Vụ ASEAN', agency: 'ag-mofa-asean',
      email: 'bvhai@example.vn', passportExpiry: '2029-11-05', notes: 'Nhân vật hư cấu.',
    },
    {
      key: 's-p-ngocanh', fullName: 'Phan Thị Ngọc Ánh', passportName: 'PHAN THI NGOC ANH',
      position: 'Phó Cục trưởng Cục Biến đổi khí hậu', agency: 'ag-mae-dcc',
      email: 'ptngocanh@example.vn', passportExpiry: '2026-10-15',
      notes: 'Nhân vật hư cấu. Hộ chiếu đã hết hạn — cần làm mới trước chuyến công tác tiếp theo.',
    },
    {
      key: 's-p-binh', fullName: 'Võ Thanh Bình', passportName: 'VO THANH BINH',
      position: 'Phó Cục trưởng Cục Môi trường', agency: 'ag-mae-doe',
      email: 'vtbinh@example.vn', passportExpiry: '2030-07-01', notes: 'Nhân vật hư cấu. Trưởng nhóm AWGESC của Việt Nam.',
    },
    {
      key: 's-p-khai', fullName: 'Trịnh Văn Khải', passportName: 'TRINH VAN KHAI',
      position: 'Trưởng phòng, Cục Địa chất và Khoáng sản Việt Nam', agency: 'ag-mae-gmv',
      email: 'tvkhai@example.vn', passportExpiry: '2032-02-28', notes: 'Nhân vật hư cấu. Đầu mối ASOMM.',
    },
    {
      key: 's-p-tung', fullName: 'Ngô Thanh Tùng', passportName: 'NGO THANH TUNG',
      position: 'Chuyên viên, Cục Khí tượng Thủy văn', agency: 'ag-mae-dmh',
      email: 'nttung@example.vn', notes: 'Nhân vật hư cấu. Chưa có hộ chiếu công vụ.',
    },
    {
      key: 's-p-nhung', fullName: 'Đặng Thị Hồng Nhung', passportName: 'DANG THI HONG NHUNG',
      position: 'Chuyên viên, Vụ Hợp tác quốc tế', agency: 'ag-mae-icd',
      email: 'dthnhung@example.vn', passportExpiry: '2027-02-20', notes: 'Nhân vật hư cấu. Thư ký chuỗi hội nghị khói mù 2026.',
    },
  ],

  // ---------------------------------------------------------------- sample agencies
  agencies: [
    {
      key: 's-ag-ubnd-nghean', code: 'UBND-NGHEAN', nameVi: 'Ủy ban nhân dân tỉnh Nghệ An', nameEn: 'Nghe An Provincial People\'s Committee', kind: 'other',
      notes: 'Phối hợp xây dựng hồ sơ đề cử Vườn quốc gia Pù Mát (báo cáo 2024).',
    },
    {
      key: 's-ag-ubnd-dongnai', code: 'UBND-DONGNAI', nameVi: 'Ủy ban nhân dân tỉnh Đồng Nai', nameEn: 'Dong Nai Provincial People\'s Committee', kind: 'other',
      notes: 'Phối hợp xây dựng hồ sơ đề cử Khu bảo tồn thiên nhiên - văn hóa Đồng Nai (báo cáo 2024).',
    },
    {
      key: 's-ag-ubnd-namdinh', code: 'UBND-NAMDINH', nameVi: 'Ủy ban nhân dân tỉnh Nam Định', nameEn: 'Nam Dinh Provincial People\'s Committee', kind: 'other',
      validTo: '2025-06-30',
      notes: 'Phối hợp hồ sơ Vườn quốc gia Xuân Thủy (báo cáo 2024). Sáp nhập vào tỉnh Ninh Bình từ 01/7/2025 (nguồn công khai, cần xác nhận).',
    },
    {
      key: 's-ag-ubnd-ninhbinh', code: 'UBND-NINHBINH', nameVi: 'Ủy ban nhân dân tỉnh Ninh Bình', nameEn: 'Ninh Binh Provincial People\'s Committee', kind: 'other',
      notes: 'Tỉnh Ninh Bình mới (gồm địa bàn tỉnh Nam Định cũ) từ 01/7/2025 — cần xác nhận.',
    },
  ],

  // ---------------------------------------------------------------- working-group leaders (sample people)
  focalAssignments: [
    {
      key: 's-fa-awgesc-leader-monre', body: 'body-awgesc', agency: 'ag-monre-pcd', person: 's-p-binh', role: 'working_group_leader',
      legalBasis: 'lb-3610-2023', validFrom: '2023-11-29', validTo: '2025-02-28',
      notes: 'Việt Nam là Trưởng nhóm khu vực AWGESC giai đoạn 2023–2025 (báo cáo 2025). Người và đơn vị đầu mối là minh họa.',
    },
    {
      key: 's-fa-awgesc-leader-mae', body: 'body-awgesc', agency: 'ag-mae-doe', person: 's-p-binh', role: 'working_group_leader',
      legalBasis: 'lb-3610-2023', validFrom: '2025-03-01',
      notes: 'Tiếp tục sau hợp nhất Bộ (minh họa).',
    },
    {
      key: 's-fa-awgesc-deputy', body: 'body-awgesc', agency: 'ag-mae-avo', person: 's-p-ha', role: 'deputy',
      legalBasis: 'lb-3610-2023', validFrom: '2025-03-01', notes: 'Minh họa.',
    },
    {
      key: 's-fa-awgncb-leader-monre', body: 'body-awgncb', agency: 'ag-monre-ncbd', person: 's-p-khoa', role: 'working_group_leader',
      legalBasis: 'lb-3610-2023', validFrom: '2023-11-29', validTo: '2025-02-28',
      notes: 'Trưởng nhóm là lãnh đạo đơn vị (báo cáo 2024). Minh họa.',
    },
    {
      key: 's-fa-awgncb-leader-mae', body: 'body-awgncb', agency: 'ag-mae-ncbd', person: 's-p-khoa', role: 'working_group_leader',
      legalBasis: 'lb-3610-2023', validFrom: '2025-03-01', notes: 'Minh họa.',
    },
    {
      key: 's-fa-awgncb-deputy', body: 'body-awgncb', agency: 'ag-mae-ncbd', person: 's-p-lananh', role: 'deputy',
      legalBasis: 'lb-3610-2023', validFrom: '2025-03-01', notes: 'Minh họa.',
    },
    {
      key: 's-fa-awgcc-leader-monre', body: 'body-awgcc', agency: 'ag-monre-dcc', person: 's-p-ngocanh', role: 'working_group_leader',
      legalBasis: 'lb-3610-2023', validFrom: '2023-11-29', validTo: '2025-02-28', notes: 'Minh họa.',
    },
    {
      key: 's-fa-awgcc-leader-mae', body: 'body-awgcc', agency: 'ag-mae-dcc', person: 's-p-ngocanh', role: 'working_group_leader',
      legalBasis: 'lb-3610-2023', validFrom: '2025-03-01', notes: 'Minh họa.',
    },
    {
      key: 's-fa-asomm-alternate', body: 'body-asomm', agency: 'ag-mae-gmv', person: 's-p-khai', role: 'alternate',
      legalBasis: 'lb-142-2009', validFrom: '2025-03-01', notes: 'Cán bộ đầu mối ASOMM (minh họa).',
    },
  ],

  // ---------------------------------------------------------------- meetings
  meetings: [
    // 2020
    {
      key: 's-m-asoen31', body: 'body-asoen', sequence: 31,
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 31 (ASOEN 31) và các hội nghị liên quan',
      titleEn: '31st Meeting of the ASEAN Senior Officials on the Environment (ASOEN 31) and Related Meetings',
      startDate: '2020-11-24', endDate: '2020-11-27', city: 'Hà Nội', hostCountry: 'country-vn', format: 'online', status: 'held',
      notes: 'Việt Nam đăng cai trong Năm Chủ tịch ASEAN 2020; tổ chức trực tuyến do COVID-19 (báo cáo 2020). Ngày 24–27/11/2020 theo báo chí; ban đầu dự kiến tổ chức trực tiếp tại Đà Nẵng tháng 8/2020.',
    },

    // 2023 — ASOEN 34 chain, Bogor
    {
      key: 's-m-asoen34', body: 'body-asoen', sequence: 34,
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 34 (ASOEN 34) và các hội nghị liên quan',
      titleEn: '34th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 34) and Related Meetings',
      startDate: '2023-07-31', endDate: '2023-08-04', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held',
      notes: '13 hội nghị, hơn 100 đại biểu; khai mạc sáng 01/8/2023. 8 lĩnh vực nhóm công tác báo cáo (kể cả khói mù).',
      outcomes:
        'Hội nghị đã xem xét báo cáo hoạt động năm 2022–2023 của 08 Nhóm công tác ASEAN (biến đổi khí hậu; quản lý tài nguyên nước; môi trường biển và đới bờ; bảo tồn thiên nhiên và đa dạng sinh học; thành phố bền vững về môi trường; hóa chất và chất thải; giáo dục môi trường; ô nhiễm khói mù xuyên biên giới) và kế hoạch thực hiện Kế hoạch chiến lược về môi trường ASEAN (ASPEN), chuẩn bị nội dung báo cáo Hội nghị Bộ trưởng môi trường ASEAN lần thứ 17 (AMME 17). Hội nghị tham vấn ngày 31/7/2023 thống nhất dự thảo lần cuối Tuyên bố ASEAN về biến đổi khí hậu để trình cấp Bộ trưởng và Cấp cao ASEAN (sau đó được thông qua tại COP 28). Hội nghị Hội đồng quản trị ACB lần thứ 25 thông qua đề cử 02 khu bảo tồn của Thái Lan thành Vườn di sản ASEAN thứ 56 và 57, xem xét Kế hoạch hành động ASEAN về loài ngoại lai xâm hại, quá trình xây dựng Kế hoạch hành động ASEAN về ngăn chặn suy giảm các loài động vật hoang dã, kế hoạch hoạt động năm 2024 và việc rà soát thể chế của ACB. Hội nghị rà soát hợp tác với các đối tác (Trung Quốc, Hàn Quốc, Nhật Bản, Hoa Kỳ, EU) qua các đối thoại ngày 02–03/8/2023.',
      outcomesEn:
        'The meeting reviewed the 2022–2023 reports of the eight ASEAN working groups (climate change; water resources management; coastal and marine environment; nature conservation and biodiversity; environmentally sustainable cities; chemicals and waste; environmental education; transboundary haze pollution) and their plans to implement the ASEAN Strategic Plan on the Environment (ASPEN), in preparation for the 17th ASEAN Ministerial Meeting on the Environment (AMME 17). The consultation of 31 July 2023 agreed the final draft of the ASEAN Joint Statement on Climate Change for submission to the Ministers and the Summit (it was later adopted at COP 28). The 25th ACB Governing Board approved the nomination of two protected areas of Thailand as ASEAN Heritage Parks 56 and 57, considered the ASEAN Action Plan on Invasive Alien Species, the preparation of an ASEAN action plan to halt the decline of wildlife species, the ACB work plan for 2024 and the institutional review of ACB. Cooperation with partners (China, Korea, Japan, the United States, the EU) was reviewed in the dialogues of 2–3 August 2023.',
    },
    {
      key: 's-m-acbgb25', body: 'body-acb-gb', sequence: 25, parent: 's-m-asoen34',
      titleVi: 'Hội nghị Hội đồng quản trị Trung tâm ASEAN về Đa dạng sinh học lần thứ 25',
      titleEn: '25th Meeting of the ACB Governing Board',
      startDate: '2023-07-31', endDate: '2023-07-31', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held',
      notes: 'Thông qua đề cử 02 khu bảo tồn của Thái Lan là Vườn di sản ASEAN thứ 56 và 57; Kế hoạch hành động ASEAN về loài ngoại lai xâm hại.',
    },
    {
      key: 's-m-depsc9', body: 'body-asean-de-psc', sequence: 9, parent: 's-m-asoen34',
      titleVi: 'Hội nghị Ban Chỉ đạo Chương trình hợp tác ASEAN - Đức về đa dạng sinh học lần thứ 9',
      titleEn: '9th ASEAN–Germany Biodiversity Programme Steering Committee Meeting',
      startDate: '2023-07-31', endDate: '2023-07-31', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held',
      notes: 'Số thứ tự suy ra từ báo cáo 2024 (lần thứ 10 năm 2024); cần xác nhận.',
    },
    {
      key: 's-m-ajdec17', body: 'body-ajdec', sequence: 17, parent: 's-m-asoen34',
      titleVi: 'Đối thoại ASEAN - Nhật Bản về hợp tác môi trường lần thứ 17 (AJDEC 17)',
      titleEn: '17th ASEAN–Japan Dialogue on Environmental Cooperation (AJDEC 17)',
      startDate: '2023-08-02', endDate: '2023-08-03', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held', notes: CHILD_DATES_2023,
    },
    {
      key: 's-m-kr3', body: 'body-asean-kr-ecc', sequence: 3, parent: 's-m-asoen34',
      titleVi: 'Đối thoại ASEAN - Hàn Quốc về môi trường và biến đổi khí hậu lần thứ 3',
      titleEn: '3rd ASEAN–Republic of Korea Dialogue on Environment and Climate Change',
      startDate: '2023-08-02', endDate: '2023-08-03', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held', notes: CHILD_DATES_2023,
    },
    {
      key: 's-m-eu5', body: 'body-asean-eu-hld', sequence: 5, parent: 's-m-asoen34',
      titleVi: 'Đối thoại cấp cao ASEAN - EU về môi trường và biến đổi khí hậu lần thứ 5',
      titleEn: '5th ASEAN–EU High-Level Dialogue on Environment and Climate Change',
      startDate: '2023-08-02', endDate: '2023-08-03', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held', notes: CHILD_DATES_2023,
    },
    {
      key: 's-m-us2023', body: 'body-asean-us-hld', parent: 's-m-asoen34',
      titleVi: 'Hội nghị Quan chức cấp cao ASEAN - Hoa Kỳ về môi trường và biến đổi khí hậu',
      titleEn: 'ASEAN–United States Senior Officials\' Meeting on Environment and Climate Change',
      startDate: '2023-08-02', endDate: '2023-08-03', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held',
      notes: `${CHILD_DATES_2023} Báo cáo không nêu số thứ tự.`,
    },
    {
      key: 's-m-some20', body: 'body-apt-some', sequence: 20, parent: 's-m-asoen34',
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN+3 về môi trường lần thứ 20 (SOME 20)',
      titleEn: '20th ASEAN Plus Three Senior Officials Meeting on the Environment',
      startDate: '2023-08-02', endDate: '2023-08-03', city: 'Bogor, Tây Java', hostCountry: 'country-id', format: 'in_person', status: 'held', notes: CHILD_DATES_2023,
    },

    // 2023 — AMME-17, Vientiane
    {
      key: 's-m-amme17', body: 'body-amme', sequence: 17,
      titleVi: 'Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 17 (AMME 17) và các hội nghị liên quan',
      titleEn: '17th ASEAN Ministerial Meeting on the Environment (AMME 17) and Related Meetings',
      startDate: '2023-08-22', endDate: '2023-08-24', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held',
      notes: 'Ngày 22–24/8/2023 theo báo chí. Trưởng đoàn Việt Nam: Thứ trưởng Bộ TN&MT, Chủ tịch ASOEN Việt Nam.',
    },
    {
      key: 's-m-cop18', body: 'body-cop-aathp', sequence: 18, parent: 's-m-amme17',
      titleVi: 'Hội nghị lần thứ 18 các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới (COP 18)',
      titleEn: '18th Meeting of the Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution (COP-18)',
      startDate: '2023-08-23', endDate: '2023-08-23', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held',
      notes: 'Theo báo chí (23/8/2023); không có trong các báo cáo mẫu.',
    },

    // 2024
    {
      key: 's-m-ahpc11', body: 'body-ahpc', sequence: 11,
      titleVi: 'Cuộc họp lần thứ 11 Ủy ban Vườn di sản ASEAN',
      titleEn: '11th Meeting of the ASEAN Heritage Parks Committee',
      startDate: '2024-07-16', endDate: '2024-07-17', city: 'Xinh-ga-po (Singapore)', hostCountry: 'country-sg', format: 'in_person', status: 'held',
      notes: 'Chuẩn bị Hội nghị Vườn di sản ASEAN lần thứ 8 (dự kiến quý IV/2025).',
    },
    {
      key: 's-m-asoen35', body: 'body-asoen', sequence: 35,
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 35 (ASOEN 35) và các hội nghị liên quan',
      titleEn: '35th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 35) and Related Meetings',
      startDate: '2024-07-28', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held',
      notes: 'Nhất trí trình AMME: (i) 04 AHP số 58–61; (ii) 02 đề cử AHP bổ sung khi hồ sơ đầy đủ; (iii) Tuyên bố chung trình CBD COP16; (iv) Tuyên bố chung trình UNFCCC COP29; (v) Tuyên bố ASEAN về tuần hoàn nhựa.',
      previous: 's-m-asoen34',
      outcomes:
        'Hội nghị đã nhất trí trình cấp Bộ trưởng môi trường ASEAN (AMME) thông qua: (i) đề cử 04 khu bảo tồn thành Vườn di sản ASEAN số 58–61; (ii) đề cử Khu bảo tồn quốc gia Nam Poui (Lào) và Trung tâm Giáo dục Tự nhiên Quân đội Hoàng gia Thái Lan (Bang Pu) sau khi ACB nhận được hồ sơ sửa đổi, đầy đủ; (iii) dự thảo Tuyên bố chung ASEAN về bảo tồn đa dạng sinh học trình COP16 CBD; (iv) dự thảo Tuyên bố chung ASEAN về biến đổi khí hậu trình COP29 UNFCCC; (v) dự thảo Tuyên bố ASEAN về tuần hoàn nhựa.',
      outcomesEn:
        'The meeting agreed to submit to the ASEAN Ministers (AMME): (i) four nominations as ASEAN Heritage Parks 58–61; (ii) the nominations of Nam Poui (Lao PDR) and Bang Pu (Thailand) once ACB receives complete, revised dossiers; (iii) the draft ASEAN Joint Statement to CBD COP16; (iv) the draft ASEAN Joint Statement on Climate Change to UNFCCC COP29; (v) the draft ASEAN Declaration on plastics circularity.',
    },
    {
      key: 's-m-acbgb26', body: 'body-acb-gb', sequence: 26, parent: 's-m-asoen35',
      titleVi: 'Cuộc họp Hội đồng quản trị Trung tâm ASEAN về Đa dạng sinh học lần thứ 26',
      titleEn: '26th Meeting of the ACB Governing Board',
      startDate: '2024-07-29', endDate: '2024-07-29', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held',
      notes: 'Thông qua đề cử 04 khu bảo tồn (Phou Xieng Thong – Lào; Balinsasayao, Đảo Rùa, Apo Reef – Philippines) để ASOEN 35 thông qua là AHP số 58–61.',
    },
    {
      key: 's-m-depsc10', body: 'body-asean-de-psc', sequence: 10, parent: 's-m-asoen35',
      titleVi: 'Hội nghị Ban Chỉ đạo Chương trình hợp tác ASEAN - Đức về đa dạng sinh học lần thứ 10',
      titleEn: '10th ASEAN–Germany Biodiversity Programme Steering Committee Meeting',
      startDate: '2024-07-31', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held', notes: CHILD_DATES_2024,
    },
    {
      key: 's-m-ajdec18', body: 'body-ajdec', sequence: 18, parent: 's-m-asoen35',
      titleVi: 'Đối thoại ASEAN - Nhật Bản về hợp tác môi trường lần thứ 18 (AJDEC 18)',
      titleEn: '18th ASEAN–Japan Dialogue on Environmental Cooperation (AJDEC 18)',
      startDate: '2024-07-31', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held', notes: CHILD_DATES_2024,
    },
    {
      key: 's-m-kr4', body: 'body-asean-kr-ecc', sequence: 4, parent: 's-m-asoen35',
      titleVi: 'Đối thoại ASEAN - Hàn Quốc về môi trường và biến đổi khí hậu lần thứ 4',
      titleEn: '4th ASEAN–Republic of Korea Dialogue on Environment and Climate Change',
      startDate: '2024-07-31', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held', notes: CHILD_DATES_2024,
    },
    {
      key: 's-m-eu6', body: 'body-asean-eu-hld', sequence: 6, parent: 's-m-asoen35',
      titleVi: 'Đối thoại cấp cao ASEAN - EU về môi trường và biến đổi khí hậu lần thứ 6',
      titleEn: '6th ASEAN–EU High-Level Dialogue on Environment and Climate Change',
      startDate: '2024-07-31', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held', notes: CHILD_DATES_2024,
    },
    {
      key: 's-m-us3', body: 'body-asean-us-hld', sequence: 3, parent: 's-m-asoen35',
      titleVi: 'Đối thoại cấp cao ASEAN - Hoa Kỳ về môi trường và biến đổi khí hậu lần thứ 3',
      titleEn: '3rd ASEAN–United States High-Level Dialogue on Environment and Climate Change',
      startDate: '2024-07-31', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held', notes: CHILD_DATES_2024,
    },
    {
      key: 's-m-some21', body: 'body-apt-some', sequence: 21, parent: 's-m-asoen35',
      titleVi: 'Cuộc họp Quan chức cấp cao ASEAN+3 về môi trường lần thứ 21 (SOME 21)',
      titleEn: '21st ASEAN Plus Three Senior Officials Meeting on the Environment',
      startDate: '2024-07-31', endDate: '2024-08-01', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held', notes: CHILD_DATES_2024,
    },
    {
      key: 's-m-asmc-forum2024', body: 'body-asmc',
      titleVi: 'Diễn đàn Khu vực ASMC - WMO năm 2024',
      titleEn: 'ASMC–WMO Regional Forum 2024',
      startDate: '2024-09-04', endDate: '2024-09-06', city: 'Xinh-ga-po (Singapore)', hostCountry: 'country-sg', format: 'in_person', status: 'held',
      notes: 'Chủ đề "Hướng tới một khu vực ASEAN sẵn sàng ứng phó thời tiết và chống chịu với khí hậu" (báo cáo 2024).',
    },
    {
      key: 's-m-summit44', body: 'body-summit', sequence: 44,
      titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 44, 45 và các hội nghị liên quan',
      titleEn: '44th and 45th ASEAN Summits and Related Summits',
      startDate: '2024-10-08', endDate: '2024-10-11', city: 'Viêng-chăn (Vientiane)', hostCountry: 'country-la', format: 'in_person', status: 'held',
      notes: 'Hai Hội nghị Cấp cao (44 và 45) tổ chức liên tiếp; ghi một bản ghi với số thứ tự 44.',
    },
    {
      key: 's-m-asomm24', body: 'body-asomm', sequence: 24,
      titleVi: 'Hội nghị Quan chức cấp cao ASEAN về khoáng sản lần thứ 24 (ASOMM 24)',
      titleEn: '24th ASEAN Senior Officials Meeting on Minerals (ASOMM 24)',
      startDate: '2024-11-19', endDate: '2024-11-20', hostCountry: 'country-id', format: 'in_person', status: 'held',
      notes: 'Báo cáo 2024 chỉ nêu "tại Indonesia"; thành phố cần xác nhận.',
    },
    {
      key: 's-m-asomm3-17', body: 'body-asomm-plus3', sequence: 17, parent: 's-m-asomm24',
      titleVi: 'Hội nghị Quan chức cấp cao ASEAN về khoáng sản với các nước đối thoại lần thứ 17 (ASOMM+3)',
      titleEn: '17th ASEAN Senior Officials Meeting on Minerals Plus Three (ASOMM+3)',
      startDate: '2024-11-21', endDate: '2024-11-21', hostCountry: 'country-id', format: 'in_person', status: 'held',
      notes: 'Thành phố cần xác nhận.',
    },

    // 2025
    {
      key: 's-m-asoen36', body: 'body-asoen', sequence: 36,
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 36 (ASOEN 36) và các hội nghị liên quan',
      titleEn: '36th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 36) and Related Meetings',
      startDate: '2025-07-28', endDate: '2025-07-31', city: 'Langkawi, Kedah', hostCountry: 'country-my', format: 'in_person', status: 'held',
      notes: 'Theo báo chí (không có trong các báo cáo mẫu); một nguồn khác ghi đến 01/8/2025 — ngày kết thúc cần xác nhận.',
      outcomes:
        'Hội nghị đã nhất trí trình AMME 18 các đề cử Vườn di sản ASEAN mới, trong đó có Vườn quốc gia Pù Mát, Khu bảo tồn thiên nhiên - văn hóa Đồng Nai và Vườn quốc gia Xuân Thủy của Việt Nam; ghi nhận kết quả của Việt Nam trong vai trò Trưởng nhóm khu vực AWGESC giai đoạn 2023–2025 (minh họa, cần xác nhận).',
      outcomesEn:
        'The meeting agreed to submit to AMME 18 the new ASEAN Heritage Park nominations, among them Viet Nam’s Pu Mat National Park, Dong Nai Culture and Nature Reserve and Xuan Thuy National Park, and noted Viet Nam’s work as regional lead of AWGESC for 2023–2025 (illustrative, to be confirmed).',
    },
    {
      key: 's-m-amme18', body: 'body-amme', sequence: 18,
      titleVi: 'Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 18 (AMME 18) và các hội nghị liên quan',
      titleEn: '18th ASEAN Ministerial Meeting on the Environment (AMME 18) and Related Meetings',
      startDate: '2025-09-02', endDate: '2025-09-04', city: 'Langkawi, Kedah', hostCountry: 'country-my', format: 'in_person', status: 'held',
      notes: 'Phiên chính ngày 03/9/2025; công nhận 06 Vườn di sản ASEAN mới; thống nhất chương trình sắp tới, trong đó có COP 21 (báo chí). Việt Nam đăng cai COP 21 năm 2026 theo báo cáo 2025.',
      outcomes: 'Hội nghị đã công nhận 06 Vườn di sản ASEAN mới và thống nhất chương trình các hội nghị sắp tới, trong đó Việt Nam đăng cai COP 21 Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới năm 2026 (báo chí).',
      outcomesEn: 'The meeting recognised six new ASEAN Heritage Parks and agreed the coming meetings, among them COP-21 of the ASEAN Agreement on Transboundary Haze Pollution, hosted by Viet Nam in 2026 (press).',
    },
    {
      key: 's-m-cop20', body: 'body-cop-aathp', sequence: 20, parent: 's-m-amme18',
      titleVi: 'Hội nghị lần thứ 20 các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới (COP 20)',
      titleEn: '20th Meeting of the Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution (COP-20)',
      startDate: '2025-09-03', endDate: '2025-09-03', city: 'Langkawi, Kedah', hostCountry: 'country-my', format: 'in_person', status: 'held',
      notes: 'Theo thông cáo ASEAN (03/9/2025).',
    },
    {
      key: 's-m-summit47', body: 'body-summit', sequence: 47,
      titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 47 và các hội nghị liên quan',
      titleEn: '47th ASEAN Summit and Related Summits',
      startDate: '2025-10-26', endDate: '2025-10-28', city: 'Kuala Lumpur', hostCountry: 'country-my', format: 'in_person', status: 'held',
      notes: 'Timor-Leste được kết nạp ngày 26/10/2025. Ngày theo nguồn công khai.',
    },

    // 2026 — Viet Nam hosts (dates are placeholders)
    {
      key: 's-m-awgncb36', body: 'body-awgncb', sequence: 36,
      titleVi: 'Hội nghị lần thứ 36 Nhóm công tác ASEAN về bảo tồn thiên nhiên và đa dạng sinh học (AWGNCB 36)',
      titleEn: '36th Meeting of the ASEAN Working Group on Nature Conservation and Biodiversity (AWGNCB 36)',
      startDate: '2026-05-12', endDate: '2026-05-14', city: 'Hà Nội', hostCountry: 'country-vn', format: 'in_person', status: 'held',
      notes: `Việt Nam đăng cai năm 2026 (báo cáo 2025). ${PLACEHOLDER_2026}`,
      outcomes: 'Hội nghị đã rà soát tiến độ Kế hoạch Đa dạng sinh học ASEAN và thống nhất lấy ý kiến các nước về bản cập nhật trước ngày 10/12/2026 (minh họa).',
      outcomesEn: 'The meeting reviewed progress on the ASEAN Biodiversity Plan and agreed to seek members’ comments on its update by 10/12/2026 (illustrative).',
    },
    {
      key: 's-m-ahpc13', body: 'body-ahpc', sequence: 13,
      titleVi: 'Cuộc họp lần thứ 13 Ủy ban Vườn di sản ASEAN',
      titleEn: '13th Meeting of the ASEAN Heritage Parks Committee',
      startDate: '2026-07-07', endDate: '2026-07-08', city: 'Ninh Bình', hostCountry: 'country-vn', format: 'in_person', status: 'held',
      notes: `Việt Nam đăng cai năm 2026 (báo cáo 2025). ${PLACEHOLDER_2026}`,
      outcomes: 'Cuộc họp đã đánh giá công tác quản lý các Vườn di sản ASEAN và chuẩn bị Hội nghị Vườn di sản ASEAN lần thứ 8 (minh họa).',
    },
    {
      key: 's-m-asoen37', body: 'body-asoen', sequence: 37,
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 37 (ASOEN 37) và các hội nghị liên quan',
      titleEn: '37th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 37) and Related Meetings',
      startDate: '2026-08-03', endDate: '2026-08-07', city: 'Ma-ni-la (Manila)', hostCountry: 'country-ph', format: 'in_person', status: 'held',
      notes: `Nước chủ nhà giả định theo nước Chủ tịch ASEAN 2026. ${PLACEHOLDER_2026}`,
    },
    {
      key: 's-m-cop21', body: 'body-cop-aathp', sequence: 21,
      titleVi: 'Hội nghị Bộ trưởng các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới lần thứ 21 (COP 21)',
      titleEn: '21st Meeting of the Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution (COP-21)',
      startDate: '2026-12-03', endDate: '2026-12-03', city: 'Đà Nẵng', hostCountry: 'country-vn', format: 'in_person', status: 'planned',
      notes: `Việt Nam chủ trì tổ chức (báo cáo 2025). ${PLACEHOLDER_2026}`,
    },
    {
      key: 's-m-com21', body: 'body-com-aathp', sequence: 21, parent: 's-m-cop21',
      titleVi: 'Hội nghị Ủy ban thường trực các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới lần thứ 21 (COM 21)',
      titleEn: '21st Meeting of the Committee under the COP to the ASEAN Agreement on Transboundary Haze Pollution (COM-21)',
      startDate: '2026-12-02', endDate: '2026-12-02', city: 'Đà Nẵng', hostCountry: 'country-vn', format: 'in_person', status: 'planned',
      notes: `Việt Nam chủ trì tổ chức (báo cáo 2025). ${PLACEHOLDER_2026}`,
    },
    {
      key: 's-m-atfp11', body: 'body-atfp', sequence: 11, parent: 's-m-cop21',
      titleVi: 'Hội nghị lần thứ 11 Lực lượng Đặc nhiệm ASEAN về Đất than bùn (ATFP 11)',
      titleEn: '11th Meeting of the ASEAN Task Force on Peatlands (ATFP 11)',
      startDate: '2026-12-01', endDate: '2026-12-01', city: 'Đà Nẵng', hostCountry: 'country-vn', format: 'in_person', status: 'planned',
      notes: `Việt Nam chủ trì tổ chức (báo cáo 2025). ${PLACEHOLDER_2026}`,
    },
    {
      key: 's-m-asomm26', body: 'body-asomm', sequence: 26,
      titleVi: 'Hội nghị Quan chức cấp cao ASEAN về khoáng sản lần thứ 26 (ASOMM 26)',
      titleEn: '26th ASEAN Senior Officials Meeting on Minerals (ASOMM 26)',
      startDate: '2026-12-08', endDate: '2026-12-09', city: 'Bandar Seri Begawan', hostCountry: 'country-bn', format: 'in_person', status: 'confirmed',
      notes: `Số thứ tự suy từ ASOMM 24 (2024). ${PLACEHOLDER_2026}`,
    },
    // 2027 — already on the desk (next year's plan)
    {
      key: 's-m-asoen38', body: 'body-asoen', sequence: 38,
      titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 38 (ASOEN 38) và các hội nghị liên quan',
      titleEn: '38th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 38) and Related Meetings',
      startDate: '2027-08-02', endDate: '2027-08-06', hostCountry: 'country-sg', format: 'in_person', status: 'planned',
      previous: 's-m-asoen37',
      notes: 'Nước chủ nhà giả định theo nước Chủ tịch ASEAN 2027. Ngày và địa điểm là giá trị giữ chỗ, cần xác nhận. / Dates and venue are placeholders to be confirmed.',
    },
    {
      key: 's-m-amme19', body: 'body-amme', sequence: 19,
      titleVi: 'Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 19 (AMME 19) và các hội nghị liên quan',
      titleEn: '19th ASEAN Ministerial Meeting on the Environment (AMME 19) and Related Meetings',
      startDate: '2027-09-14', endDate: '2027-09-16', hostCountry: 'country-sg', format: 'in_person', status: 'planned',
      previous: 's-m-amme18',
      notes: 'AMME họp hai năm một lần (AMME 18 năm 2025). Ngày và địa điểm là giá trị giữ chỗ, cần xác nhận. / Dates and venue are placeholders to be confirmed.',
    },
    {
      key: 's-m-asomm3-18', body: 'body-asomm-plus3', sequence: 18, parent: 's-m-asomm26',
      titleVi: 'Hội nghị Quan chức cấp cao ASEAN về khoáng sản với các nước đối thoại lần thứ 18 (ASOMM+3)',
      titleEn: '18th ASEAN Senior Officials Meeting on Minerals Plus Three (ASOMM+3)',
      startDate: '2026-12-10', endDate: '2026-12-10', city: 'Bandar Seri Begawan', hostCountry: 'country-bn', format: 'in_person', status: 'confirmed',
      notes: PLACEHOLDER_2026,
    },
  ],

  // ---------------------------------------------------------------- delegations
  delegations: [
    {
      key: 's-d-asoen34', meeting: 's-m-asoen34',
      decisionNumber: '1234/QĐ-BTNMT', decisionDate: '2023-07-21', decisionSigner: 'KT. Bộ trưởng, Thứ trưởng Bộ Tài nguyên và Môi trường',
      funding: 'state_budget', fundingNote: 'Ngân sách nhà nước (chế độ công tác phí đoàn ra).',
      objectives: 'Tham dự ASOEN 34 và chuỗi 13 hội nghị liên quan; báo cáo hoạt động của Việt Nam trong các nhóm công tác; góp ý dự thảo Tuyên bố ASEAN về biến đổi khí hậu trình COP 28.',
      objectivesEn: 'Attend ASOEN 34 and its 13 related meetings; report on Viet Nam\'s activities in the working groups; comment on the draft ASEAN Joint Statement on Climate Change to UNFCCC COP 28.',
      positions: 'Chủ động, tích cực tham gia; ủng hộ các nội dung trình AMME 17 phù hợp với lợi ích của Việt Nam; đề nghị các đối tác tiếp tục hỗ trợ nâng cao năng lực cho các nước thành viên (minh họa).',
      positionsEn: 'Take an active part; support what goes to AMME 17 where it serves Viet Nam\'s interests; ask the partners to continue their capacity-building support to the member states (illustrative).',
      classification: 'none', status: 'reported',
      notes: 'Số và ngày quyết định cử đoàn là minh họa. Thành phần đoàn theo báo cáo ASOEN 34 (Vụ HTQT, Cục Bảo tồn TN&ĐDSH, Trung tâm Truyền thông TN&MT, Vụ ASEAN - Bộ Ngoại giao); tên người là hư cấu.',
      members: [
        { person: 's-p-dong', role: 'head', agency: 'ag-monre-icd', position: 'Vụ trưởng Vụ Hợp tác quốc tế, kiêm Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2023-07-30', travelTo: '2023-08-05' },
        { person: 's-p-lananh', role: 'member', agency: 'ag-monre-ncbd', position: 'Trưởng phòng, Cục Bảo tồn thiên nhiên và Đa dạng sinh học', travelFrom: '2023-07-30', travelTo: '2023-08-05' },
        { person: 's-p-mai', role: 'member', agency: 'ag-monre-comm', position: 'Biên tập viên, Trung tâm Truyền thông tài nguyên và môi trường', travelFrom: '2023-07-30', travelTo: '2023-08-05' },
        { person: 's-p-hai', role: 'member', agency: 'ag-mofa-asean', position: 'Chuyên viên chính, Vụ ASEAN, Bộ Ngoại giao', travelFrom: '2023-07-31', travelTo: '2023-08-04' },
        { person: 's-p-nam', role: 'secretary', agency: 'ag-monre-icd', position: 'Chuyên viên, Vụ Hợp tác quốc tế (Văn phòng ASEAN Việt Nam)', travelFrom: '2023-07-30', travelTo: '2023-08-05' },
      ],
    },
    {
      key: 's-d-asoen35', meeting: 's-m-asoen35',
      decisionNumber: '1876/QĐ-BTNMT', decisionDate: '2024-07-18', decisionSigner: 'KT. Bộ trưởng, Thứ trưởng Bộ Tài nguyên và Môi trường',
      funding: 'state_budget', fundingNote: 'Ngân sách nhà nước (chế độ công tác phí đoàn ra).',
      objectives: 'Tham dự ASOEN 35, Hội đồng quản trị ACB lần thứ 26 và các đối thoại với đối tác; thống nhất nội dung trình AMME (AHP 58–61, tuyên bố chung trình CBD COP16 và UNFCCC COP29, tuyên bố về tuần hoàn nhựa).',
      objectivesEn: 'Attend ASOEN 35, the 26th ACB Governing Board and the partner dialogues; agree what goes to AMME (AHP 58–61, the joint statements to CBD COP16 and UNFCCC COP29, the declaration on plastics circularity).',
      positions: '(Lập trường đàm phán được phân loại Mật — lưu hồ sơ giấy, không nhập trên bản mạng.)',
      classification: 'confidential', status: 'reported',
      notes: 'Số và ngày quyết định cử đoàn là minh họa; người là hư cấu.',
      members: [
        { person: 's-p-dai', role: 'head', agency: 'ag-monre-icd', position: 'Phó Vụ trưởng Vụ Hợp tác quốc tế', travelFrom: '2024-07-27', travelTo: '2024-08-02',
          flightOut: 'HAN–VTE 27/07/2024 (minh họa)', flightBack: 'VTE–HAN 02/08/2024 (minh họa)', hotel: 'Khách sạn do nước chủ nhà giới thiệu (minh họa)', visaStatus: 'not_needed', perDiemBasis: 'Chế độ công tác phí đoàn ra, ngân sách nhà nước' },
        { person: 's-p-ha', role: 'deputy_head', agency: 'ag-monre-avo', position: 'Phó Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2024-07-27', travelTo: '2024-08-02',
          flightOut: 'HAN–VTE 27/07/2024 (minh họa)', flightBack: 'VTE–HAN 02/08/2024 (minh họa)', hotel: 'Khách sạn do nước chủ nhà giới thiệu (minh họa)', visaStatus: 'not_needed', perDiemBasis: 'Chế độ công tác phí đoàn ra, ngân sách nhà nước' },
        { person: 's-p-khoa', role: 'member', agency: 'ag-monre-ncbd', position: 'Phó Cục trưởng Cục Bảo tồn thiên nhiên và Đa dạng sinh học', travelFrom: '2024-07-28', travelTo: '2024-07-30',
          flightOut: 'HAN–VTE 28/07/2024 (minh họa)', flightBack: 'VTE–HAN 30/07/2024 (minh họa)', hotel: 'Khách sạn do nước chủ nhà giới thiệu (minh họa)', visaStatus: 'not_needed', perDiemBasis: 'Chế độ công tác phí đoàn ra, ngân sách nhà nước' },
        { person: 's-p-ngocanh', role: 'member', agency: 'ag-monre-dcc', position: 'Phó Cục trưởng Cục Biến đổi khí hậu', travelFrom: '2024-07-27', travelTo: '2024-08-02',
          flightOut: 'HAN–VTE 27/07/2024 (minh họa)', flightBack: 'VTE–HAN 02/08/2024 (minh họa)', hotel: 'Khách sạn do nước chủ nhà giới thiệu (minh họa)', visaStatus: 'not_needed', perDiemBasis: 'Chế độ công tác phí đoàn ra, ngân sách nhà nước' },
        { person: 's-p-nam', role: 'secretary', agency: 'ag-monre-avo', position: 'Chuyên viên chính, Văn phòng ASEAN Việt Nam', travelFrom: '2024-07-27', travelTo: '2024-08-02',
          flightOut: 'HAN–VTE 27/07/2024 (minh họa)', flightBack: 'VTE–HAN 02/08/2024 (minh họa)', hotel: 'Khách sạn do nước chủ nhà giới thiệu (minh họa)', visaStatus: 'not_needed', perDiemBasis: 'Chế độ công tác phí đoàn ra, ngân sách nhà nước' },
      ],
    },
    {
      key: 's-d-asoen36', meeting: 's-m-asoen36',
      decisionNumber: '1650/QĐ-BNNMT', decisionDate: '2025-07-14', decisionSigner: 'KT. Bộ trưởng, Thứ trưởng Bộ Nông nghiệp và Môi trường',
      funding: 'state_budget', fundingNote: 'Ngân sách nhà nước (chế độ công tác phí đoàn ra).',
      objectives: 'Tham dự ASOEN 36 và các hội nghị liên quan; báo cáo kết quả vai trò Trưởng nhóm khu vực AWGESC 2023–2025; thống nhất trình AMME 18 các đề cử Vườn di sản ASEAN của Việt Nam.',
      objectivesEn: 'Attend ASOEN 36 and related meetings; report on Viet Nam’s term as regional lead of AWGESC (2023–2025); agree to submit Viet Nam’s ASEAN Heritage Park nominations to AMME 18.',
      classification: 'none', status: 'reported',
      notes: 'Số và ngày quyết định cử đoàn là minh họa; người là hư cấu.',
      members: [
        { person: 's-p-dai', role: 'head', agency: 'ag-mae-icd', position: 'Phó Vụ trưởng Vụ Hợp tác quốc tế', travelFrom: '2025-07-27', travelTo: '2025-08-01' },
        { person: 's-p-binh', role: 'member', agency: 'ag-mae-doe', position: 'Phó Cục trưởng Cục Môi trường', travelFrom: '2025-07-27', travelTo: '2025-08-01' },
        { person: 's-p-lananh', role: 'member', agency: 'ag-mae-ncbd', position: 'Trưởng phòng, Cục Bảo tồn thiên nhiên và Đa dạng sinh học', travelFrom: '2025-07-27', travelTo: '2025-08-01' },
        { person: 's-p-nam', role: 'secretary', agency: 'ag-mae-avo', position: 'Chuyên viên chính, Văn phòng ASEAN Việt Nam', travelFrom: '2025-07-27', travelTo: '2025-08-01' },
      ],
    },
    {
      key: 's-d-amme18', meeting: 's-m-amme18',
      decisionNumber: '2010/QĐ-BNNMT', decisionDate: '2025-08-22', decisionSigner: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
      funding: 'state_budget', fundingNote: 'Ngân sách nhà nước (chế độ công tác phí đoàn ra).',
      objectives: 'Tham dự AMME 18 và COP 20 Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới; nhận công nhận Vườn di sản ASEAN cho Pù Mát, Đồng Nai, Xuân Thủy; thống nhất việc Việt Nam đăng cai COP 21 năm 2026.',
      objectivesEn: 'Attend AMME 18 and COP-20 of the haze agreement; receive the ASEAN Heritage Park recognition of Pu Mat, Dong Nai and Xuan Thuy; agree that Viet Nam hosts COP-21 in 2026.',
      classification: 'none', status: 'reported',
      notes: 'Trưởng đoàn là Lãnh đạo Bộ (không ghi trong dữ liệu mẫu); số và ngày quyết định là minh họa; người là hư cấu.',
      members: [
        { person: 's-p-dong', role: 'deputy_head', agency: 'ag-mae-icd', position: 'Vụ trưởng Vụ Hợp tác quốc tế, kiêm Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2025-09-01', travelTo: '2025-09-05' },
        { person: 's-p-khoa', role: 'member', agency: 'ag-mae-ncbd', position: 'Phó Cục trưởng Cục Bảo tồn thiên nhiên và Đa dạng sinh học', travelFrom: '2025-09-01', travelTo: '2025-09-05' },
        { person: 's-p-ha', role: 'member', agency: 'ag-mae-avo', position: 'Phó Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2025-09-01', travelTo: '2025-09-05' },
      ],
    },
    {
      key: 's-d-summit47', meeting: 's-m-summit47',
      funding: 'state_budget',
      objectives: 'Tham gia đoàn công tác của Lãnh đạo Chính phủ dự Hội nghị Cấp cao ASEAN 47; theo dõi nội dung môi trường trong các văn kiện của Hội nghị.',
      objectivesEn: 'Join the Government leaders’ delegation to the 47th ASEAN Summit; follow the environment content of its documents.',
      classification: 'none', status: 'reported',
      notes: 'Cán bộ của Bộ tham gia đoàn của Lãnh đạo Chính phủ; quyết định cử đoàn do Văn phòng Chính phủ ban hành, chưa cập nhật số, ngày vào hệ thống (minh họa).',
      members: [
        { person: 's-p-hai', role: 'member', agency: 'ag-mofa-asean', position: 'Chuyên viên chính, Vụ ASEAN, Bộ Ngoại giao', travelFrom: '2025-10-25', travelTo: '2025-10-29' },
        { person: 's-p-ha', role: 'member', agency: 'ag-mae-avo', position: 'Phó Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2025-10-25', travelTo: '2025-10-29' },
      ],
    },
    {
      key: 's-d-asoen37', meeting: 's-m-asoen37',
      decisionNumber: '2150/QĐ-BNNMT', decisionDate: '2026-07-22', decisionSigner: 'KT. Bộ trưởng, Thứ trưởng Bộ Nông nghiệp và Môi trường',
      funding: 'state_budget', fundingNote: 'Ngân sách nhà nước.',
      objectives: 'Tham dự ASOEN 37; báo cáo công tác chuẩn bị COP 21, COM 21, ATFP 11 do Việt Nam đăng cai; kết quả AWGNCB 36 và Ủy ban AHP 13. / Attend ASOEN 37; report on Viet Nam\'s preparations for hosting COP 21/COM 21/ATFP 11.',
      classification: 'none', status: 'completed',
      notes: 'Đã về nước nhưng chưa nộp báo cáo kết quả chuyến công tác (hạn 15 ngày sau khi về). Số quyết định là minh họa.',
      members: [
        { person: 's-p-dong', role: 'head', agency: 'ag-mae-icd', position: 'Vụ trưởng Vụ Hợp tác quốc tế, kiêm Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2026-08-02', travelTo: '2026-08-08' },
        { person: 's-p-ha', role: 'member', agency: 'ag-mae-avo', position: 'Phó Chánh Văn phòng ASEAN Việt Nam', travelFrom: '2026-08-02', travelTo: '2026-08-08' },
        { person: 's-p-binh', role: 'member', agency: 'ag-mae-doe', position: 'Phó Cục trưởng Cục Môi trường', travelFrom: '2026-08-02', travelTo: '2026-08-06' },
        { person: 's-p-nhung', role: 'secretary', agency: 'ag-mae-icd', position: 'Chuyên viên, Vụ Hợp tác quốc tế', travelFrom: '2026-08-02', travelTo: '2026-08-08' },
      ],
    },
    {
      key: 's-d-asomm26', meeting: 's-m-asomm26',
      funding: 'mixed', fundingNote: 'Ngân sách nhà nước; nước chủ nhà hỗ trợ chỗ ở cho 01 đại biểu (giả định).',
      objectives: 'Tham dự ASOMM 26 và ASOMM+3 lần thứ 18; cập nhật tình hình thực hiện AMCAP và kế hoạch giai đoạn tiếp theo. / Attend ASOMM 26 and ASOMM+3.',
      classification: 'none', status: 'draft',
      notes: 'Chưa có quyết định cử đoàn (số, ngày, người ký). Thành viên Lê Hoàng Nam có hộ chiếu hết hạn 30/4/2027 — dưới 6 tháng kể từ ngày xuất cảnh.',
      members: [
        { person: 's-p-khai', role: 'head', agency: 'ag-mae-gmv', position: 'Trưởng phòng, Cục Địa chất và Khoáng sản Việt Nam', travelFrom: '2026-12-07', travelTo: '2026-12-11',
          flightOut: 'HAN–BWN 07/12/2026, chưa xuất vé (minh họa)', visaStatus: 'not_needed', perDiemBasis: 'Ngân sách nhà nước; nước chủ nhà hỗ trợ chỗ ở (giả định)' },
        { person: 's-p-nam', role: 'member', agency: 'ag-mae-avo', position: 'Chuyên viên chính, Văn phòng ASEAN Việt Nam', travelFrom: '2026-12-07', travelTo: '2026-12-11',
          visaStatus: 'to_apply', perDiemBasis: 'Ngân sách nhà nước' },
      ],
    },
  ],

  // ---------------------------------------------------------------- action items
  actionItems: [
    // Outcomes of ASOEN 34 (2023): the series memory ASOEN 35's briefing carries
    {
      key: 's-a-cop28-statement', title: 'Góp ý dự thảo lần cuối Tuyên bố ASEAN về biến đổi khí hậu trình COP 28',
      description: 'Hội nghị tham vấn ngày 31/7/2023 xem xét dự thảo lần cuối trước khi trình cấp Bộ trưởng và Cấp cao ASEAN (báo cáo ASOEN 34). / Final comments on the ASEAN statement to COP 28.',
      sourceMeeting: 's-m-asoen34', sourceRef: 'Báo cáo đoàn ASOEN 34', body: 'body-awgcc',
      leadAgency: 'ag-monre-dcc', supportingAgencies: ['ag-monre-icd'], ownerPerson: 's-p-ngocanh',
      dueDate: '2023-08-31', status: 'done', priority: 'high', completedOn: '2023-08-25',
      completionNote: 'Tuyên bố được thông qua tại COP 28 (báo cáo ASOEN 34); ngày hoàn thành minh họa.',
    },
    {
      key: 's-a-ias-plan', title: 'Theo dõi thực hiện Kế hoạch hành động ASEAN về loài ngoại lai xâm hại (IAS)',
      description: 'Văn kiện do AWGNCB đề xuất, xem xét tại Hội đồng quản trị ACB lần thứ 25 (báo cáo ASOEN 34). / Follow up the ASEAN action plan on invasive alien species.',
      sourceMeeting: 's-m-asoen34', sourceRef: 'Báo cáo đoàn ASOEN 34', body: 'body-awgncb',
      leadAgency: 'ag-monre-ncbd', ownerPerson: 's-p-lananh',
      dueDate: '2024-06-30', status: 'done', priority: 'normal', completedOn: '2024-07-16',
      completionNote: 'Báo cáo tiến độ tại AWGNCB năm 2024 (minh họa).',
    },
    {
      key: 's-a-wildlife-plan', title: 'Tham gia xây dựng Kế hoạch hành động ASEAN về ngăn chặn suy giảm các loài động vật hoang dã',
      sourceMeeting: 's-m-asoen34', sourceRef: 'Báo cáo đoàn ASOEN 34', body: 'body-awgncb',
      leadAgency: 'ag-monre-ncbd', ownerPerson: 's-p-khoa',
      dueDate: '2024-07-28', status: 'in_progress', priority: 'normal',
      updates: [{ date: '2024-03-15', note: 'Đã gửi ý kiến vòng 1 cho ACB (minh họa).', statusAfter: 'in_progress' }],
    },

    {
      key: 's-a-amme17-prep', title: 'Chuẩn bị nội dung tham dự AMME 17 trên cơ sở kết quả ASOEN 34',
      description: 'Tổng hợp kết quả ASOEN 34 và các hội nghị liên quan, chuẩn bị đề cương và ý kiến phát biểu của Trưởng đoàn Việt Nam tại AMME 17 (Viêng-chăn, 22–24/8/2023) (minh họa). / Prepare Viet Nam\'s participation in AMME 17 from the outcomes of ASOEN 34.',
      sourceMeeting: 's-m-asoen34', sourceRef: 'Báo cáo đoàn ASOEN 34', body: 'body-amme',
      leadAgency: 'ag-monre-icd', supportingAgencies: ['ag-monre-avo'], ownerPerson: 's-p-nam',
      dueDate: '2023-08-15', status: 'done', priority: 'high', completedOn: '2023-08-14',
      completionNote: 'Đề cương tham dự AMME 17 đã trình Lãnh đạo Bộ (minh họa).',
    },

    // Outcomes of ASOEN 35 (2024)
    {
      key: 's-a-ahp58-61', title: 'Thống nhất trình AMME công nhận 04 Vườn di sản ASEAN số 58–61',
      description: 'Phou Xieng Thong (Lào); Hồ Song Sinh Balinsasayao, Đảo Rùa, Rạn san hô Apo (Philippines). / Four AHP nominations 58–61 to be submitted to AMME.',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Báo cáo kết quả ASOEN-35, mục (i)', body: 'body-ahpc',
      leadAgency: 'ag-monre-ncbd', supportingAgencies: ['ag-monre-avo'], ownerPerson: 's-p-lananh',
      dueDate: '2024-08-31', status: 'done', priority: 'normal', completedOn: '2024-08-20',
      completionNote: 'Đã gửi ý kiến thống nhất qua Văn phòng ASOEN Việt Nam (ngày hoàn thành minh họa).',
    },
    {
      key: 's-a-ahp-two-more', title: 'Theo dõi 02 đề cử Vườn di sản ASEAN bổ sung (Nam Poui – Lào; Bang Pu – Thái Lan)',
      description: 'Trình AMME sau khi ACB nhận được hồ sơ sửa đổi, đầy đủ. / Two further nominations once dossiers are complete.',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Báo cáo kết quả ASOEN-35, mục (ii)', body: 'body-ahpc',
      leadAgency: 'ag-mae-ncbd', ownerPerson: 's-p-lananh',
      dueDate: '2025-09-03', status: 'done', priority: 'low', completedOn: '2025-09-03',
      completionNote: 'AMME 18 công nhận 06 Vườn di sản ASEAN mới (báo chí); đối chiếu danh sách cụ thể cần xác nhận.',
      updates: [{ date: '2025-03-10', note: 'Bàn giao theo dõi từ Cục Bảo tồn (Bộ TN&MT) sang Cục Bảo tồn (Bộ NN&MT) sau hợp nhất.' }],
    },
    {
      key: 's-a-cbd-cop16', title: 'Góp ý dự thảo Tuyên bố chung ASEAN về bảo tồn đa dạng sinh học trình CBD COP16',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Báo cáo kết quả ASOEN-35, mục (iii)', body: 'body-awgncb',
      leadAgency: 'ag-monre-ncbd', supportingAgencies: ['ag-monre-icd', 'ag-mofa-asean'], ownerPerson: 's-p-khoa',
      dueDate: '2024-08-30', status: 'done', priority: 'high', completedOn: '2024-08-28',
    },
    {
      key: 's-a-unfccc-cop29', title: 'Góp ý dự thảo Tuyên bố chung ASEAN về biến đổi khí hậu trình UNFCCC COP29',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Báo cáo kết quả ASOEN-35, mục (iv)', body: 'body-awgcc',
      leadAgency: 'ag-monre-dcc', supportingAgencies: ['ag-monre-icd'], ownerPerson: 's-p-ngocanh',
      dueDate: '2024-08-30', status: 'done', priority: 'high', completedOn: '2024-08-27',
    },
    {
      key: 's-a-plastics', title: 'Gửi ý kiến góp ý dự thảo Tuyên bố ASEAN về tuần hoàn nhựa',
      description: 'Hạn góp ý theo thông báo của Ban Thư ký ASEAN (minh họa). / Comments on the draft ASEAN declaration on plastics circularity.',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Báo cáo kết quả ASOEN-35, mục (v)', body: 'body-awgcw',
      leadAgency: 'ag-monre-pcd', supportingAgencies: ['ag-monre-icd'], ownerPerson: 's-p-binh',
      dueDate: '2024-08-23', status: 'done', priority: 'normal', completedOn: '2024-08-26',
      completionNote: 'Gửi muộn 03 ngày so với hạn (minh họa).',
      updates: [
        { date: '2024-08-12', note: 'Đã gửi dự thảo đến các đơn vị lấy ý kiến.', statusAfter: 'in_progress' },
        { date: '2024-08-26', note: 'Tổng hợp và gửi ý kiến Việt Nam cho Ban Thư ký ASEAN.', statusAfter: 'done' },
      ],
    },
    {
      key: 's-a-gov-approval-2024', title: 'Trình Chính phủ thông qua 03 văn kiện môi trường trước Hội nghị Cấp cao ASEAN 44, 45',
      description: 'Tuyên bố chung trình CBD COP16, Tuyên bố chung trình UNFCCC COP29, Tuyên bố ASEAN về tuần hoàn nhựa (Nghị quyết của Chính phủ). / Domestic approval before the Summit.',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Báo cáo tổng kết năm 2024 của Bộ TN&MT', body: 'body-summit',
      leadAgency: 'ag-monre-icd', supportingAgencies: ['ag-mofa-asean', 'ag-monre-ncbd', 'ag-monre-dcc'], ownerPerson: 's-p-dai',
      dueDate: '2024-10-01', status: 'done', priority: 'high', completedOn: '2024-10-04',
      completionNote: 'Hoàn thành trước Hội nghị Cấp cao (08/10/2024); số và ngày nghị quyết cần xác nhận, ngày hoàn thành minh họa.',
    },
    {
      key: 's-a-report-asoen35', title: 'Báo cáo kết quả chuyến công tác ASOEN 35 (trong 15 ngày sau khi về nước)',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Quyết định cử đoàn 1876/QĐ-BTNMT (minh họa)', body: 'body-asoen',
      leadAgency: 'ag-monre-icd', ownerPerson: 's-p-nam',
      dueDate: '2024-08-17', status: 'done', priority: 'normal', completedOn: '2024-08-15',
    },
    {
      key: 's-a-comms-asoen35', title: 'Sản xuất ấn phẩm truyền thông song ngữ về chuỗi hội nghị ASOEN 35',
      sourceMeeting: 's-m-asoen35', sourceRef: 'Kế hoạch truyền thông 2024 (minh họa)', body: 'body-asoen',
      leadAgency: 'ag-monre-comm', ownerPerson: 's-p-mai',
      dueDate: '2024-12-15', status: 'cancelled', priority: 'low',
      updates: [{ date: '2024-11-20', note: 'Hủy: gộp vào kế hoạch truyền thông chung năm 2025 (minh họa).', statusAfter: 'cancelled' }],
    },

    // 2025 summary: Government approvals, Summit 47, AHP nominations
    {
      key: 's-a-gov-acccc', title: 'Trình Chính phủ phê duyệt Thỏa thuận thành lập Trung tâm ASEAN về biến đổi khí hậu',
      sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-amme',
      leadAgency: 'ag-mae-dcc', supportingAgencies: ['ag-mae-icd', 'ag-mofa'], ownerPerson: 's-p-ngocanh',
      dueDate: '2025-10-15', status: 'done', priority: 'high', completedOn: '2025-12-26',
      completionNote: 'Nghị quyết số 276/NQ-CP. Ngày hoàn thành ghi theo ngày hội nghị tổng kết 2025; ngày ban hành nghị quyết cần xác nhận.',
    },
    {
      key: 's-a-gov-haze-centre', title: 'Trình Chính phủ phê duyệt Thỏa thuận thành lập Trung tâm Điều phối ASEAN về kiểm soát ô nhiễm khói mù xuyên biên giới',
      sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-cop-aathp',
      leadAgency: 'ag-mae', supportingAgencies: ['ag-mae-icd', 'ag-mofa'], ownerPerson: 's-p-dai',
      dueDate: '2025-10-15', status: 'done', priority: 'high', completedOn: '2025-12-26',
      completionNote: 'Nghị quyết số 372/NQ-CP. Ngày hoàn thành ghi theo ngày hội nghị tổng kết 2025; ngày ban hành nghị quyết cần xác nhận.',
    },
    {
      key: 's-a-summit47-docs', title: 'Góp ý nội dung môi trường trong văn kiện Hội nghị Cấp cao ASEAN 47',
      description: 'Trong đó Tuyên bố ASEAN về quyền đối với môi trường an toàn, sạch, trong lành và bền vững. / Comments on the environment content of the 47th Summit documents.',
      sourceMeeting: 's-m-summit47', sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-summit',
      leadAgency: 'ag-mae-icd', supportingAgencies: ['ag-mofa-asean'], ownerPerson: 's-p-ha',
      dueDate: '2025-10-10', status: 'done', priority: 'normal', completedOn: '2025-10-08',
      completionNote: 'Ngày hoàn thành minh họa.',
    },
    {
      key: 's-a-ahp-pumat', title: 'Hoàn thiện hồ sơ công nhận Vườn di sản ASEAN cho Vườn quốc gia Pù Mát',
      sourceMeeting: 's-m-acbgb26', sourceRef: 'Báo cáo tổng kết năm 2024 của Bộ TN&MT (mục ACB)', body: 'body-ahpc',
      leadAgency: 'ag-mae-ncbd', supportingAgencies: ['s-ag-ubnd-nghean'], ownerPerson: 's-p-lananh',
      dueDate: '2025-12-31', status: 'done', priority: 'normal', completedOn: '2025-12-15',
      completionNote: 'Hoàn thành thủ tục công nhận (báo cáo tổng kết 2025); ngày hoàn thành minh họa.',
      updates: [{ date: '2024-11-15', note: 'Trình Thủ tướng Chính phủ xem xét, phê duyệt hồ sơ đề cử (minh họa).', statusAfter: 'in_progress' }],
    },
    {
      key: 's-a-ahp-dongnai', title: 'Hoàn thiện hồ sơ công nhận Vườn di sản ASEAN cho Khu bảo tồn thiên nhiên - văn hóa Đồng Nai',
      sourceMeeting: 's-m-acbgb26', sourceRef: 'Báo cáo tổng kết năm 2024 của Bộ TN&MT (mục ACB)', body: 'body-ahpc',
      leadAgency: 'ag-mae-ncbd', supportingAgencies: ['s-ag-ubnd-dongnai'], ownerPerson: 's-p-lananh',
      dueDate: '2025-12-31', status: 'done', priority: 'normal', completedOn: '2025-12-15',
      completionNote: 'Hoàn thành thủ tục công nhận (báo cáo tổng kết 2025); ngày hoàn thành minh họa.',
    },
    {
      key: 's-a-ahp-xuanthuy', title: 'Hoàn thiện hồ sơ công nhận Vườn di sản ASEAN cho Vườn quốc gia Xuân Thủy',
      sourceMeeting: 's-m-acbgb26', sourceRef: 'Báo cáo tổng kết năm 2024 của Bộ TN&MT (mục ACB)', body: 'body-ahpc',
      leadAgency: 'ag-mae-ncbd', supportingAgencies: ['s-ag-ubnd-namdinh', 's-ag-ubnd-ninhbinh'], ownerPerson: 's-p-lananh',
      dueDate: '2025-12-31', status: 'done', priority: 'normal', completedOn: '2025-12-15',
      completionNote: 'Hoàn thành thủ tục công nhận (báo cáo tổng kết 2025); ngày hoàn thành minh họa.',
      updates: [{ date: '2025-07-10', note: 'Chuyển đầu mối phối hợp địa phương sang UBND tỉnh Ninh Bình sau sáp nhập tỉnh (minh họa).' }],
    },
    {
      key: 's-a-summary-2025', title: 'Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của ASOEN Việt Nam',
      sourceRef: 'Kế hoạch công tác ASOEN Việt Nam 2025', body: 'body-asoen',
      leadAgency: 'ag-mae-avo', ownerPerson: 's-p-ha',
      dueDate: '2025-12-31', status: 'done', priority: 'high', completedOn: '2025-12-26',
      completionNote: 'Hội nghị tổng kết tổ chức ngày 26/12/2025 (báo cáo 2025).',
    },

    // 2026 hosting duties
    {
      key: 's-a-host-cop21', title: 'Chủ trì tổ chức COP 21 và COM 21 Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới',
      description: 'Hậu cần, chương trình, dự thảo văn kiện, thư mời; phối hợp Ban Thư ký ASEAN. / Host COP-21 and COM-21 of the haze agreement.',
      sourceMeeting: 's-m-amme18', sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-cop-aathp',
      leadAgency: 'ag-mae', supportingAgencies: ['ag-mae-icd', 'ag-mofa', 'ag-mof'], ownerPerson: 's-p-dai',
      dueDate: '2026-12-03', status: 'in_progress', priority: 'high',
      updates: [
        { date: '2026-03-16', note: 'Lãnh đạo Bộ phê duyệt kế hoạch đăng cai (minh họa).', statusAfter: 'in_progress' },
        { date: '2026-09-30', note: 'Gửi thư mời chính thức qua Ban Thư ký ASEAN (minh họa).' },
        { date: '2026-11-10', note: 'Chốt chương trình; còn chờ bố trí kinh phí đối ứng (minh họa).' },
      ],
    },
    {
      key: 's-a-host-atfp11', title: 'Chủ trì tổ chức Hội nghị lần thứ 11 Lực lượng Đặc nhiệm ASEAN về Đất than bùn (ATFP 11)',
      sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-atfp',
      leadAgency: 'ag-mae', supportingAgencies: ['ag-mae-icd'], ownerPerson: 's-p-nhung',
      dueDate: '2026-12-01', status: 'in_progress', priority: 'high',
    },
    {
      key: 's-a-haze-budget', title: 'Bố trí kinh phí đối ứng tổ chức chuỗi hội nghị khói mù (COP 21, COM 21, ATFP 11)',
      description: 'Kinh phí nhà nước cho hoạt động đối ứng hằng năm rất hạn hẹp (báo cáo 2024). / Counterpart funding for the haze meetings.',
      sourceRef: 'Kế hoạch đăng cai năm 2026 (minh họa)', body: 'body-cop-aathp',
      leadAgency: 'ag-mae-icd', supportingAgencies: ['ag-mof'], ownerPerson: 's-p-dai',
      dueDate: '2026-10-31', status: 'blocked', priority: 'high',
      updates: [
        { date: '2026-08-20', note: 'Trình dự toán kinh phí (minh họa).', statusAfter: 'in_progress' },
        { date: '2026-10-28', note: 'Chờ ý kiến Bộ Tài chính về nguồn kinh phí; chưa thể ký hợp đồng hậu cần (minh họa).', statusAfter: 'blocked' },
      ],
    },
    {
      key: 's-a-host-awgncb36', title: 'Chủ trì tổ chức Hội nghị lần thứ 36 Nhóm công tác ASEAN về bảo tồn thiên nhiên và đa dạng sinh học',
      sourceMeeting: 's-m-awgncb36', sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-awgncb',
      leadAgency: 'ag-mae-ncbd', supportingAgencies: ['ag-mae-icd'], ownerPerson: 's-p-khoa',
      dueDate: '2026-05-12', status: 'done', priority: 'high', completedOn: '2026-05-14',
      completionNote: 'Ngày họp là giá trị giữ chỗ (minh họa).',
    },
    {
      key: 's-a-host-ahpc13', title: 'Chủ trì tổ chức Cuộc họp lần thứ 13 Ủy ban Vườn di sản ASEAN',
      sourceMeeting: 's-m-ahpc13', sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-ahpc',
      leadAgency: 'ag-mae-ncbd', supportingAgencies: ['ag-mae-icd', 's-ag-ubnd-ninhbinh'], ownerPerson: 's-p-lananh',
      dueDate: '2026-07-07', status: 'done', priority: 'high', completedOn: '2026-07-08',
      completionNote: 'Ngày họp là giá trị giữ chỗ (minh họa).',
    },
    {
      key: 's-a-abp-comments', title: 'Góp ý dự thảo Kế hoạch Đa dạng sinh học ASEAN cập nhật',
      description: 'Gắn với Hội thảo cập nhật Kế hoạch Đa dạng sinh học ASEAN do Việt Nam tổ chức (báo cáo 2025); hạn góp ý minh họa.',
      sourceMeeting: 's-m-awgncb36', sourceRef: 'Kết luận AWGNCB 36 (minh họa)', body: 'body-awgncb',
      leadAgency: 'ag-mae-ncbd', ownerPerson: 's-p-khoa',
      dueDate: '2026-12-10', status: 'open', priority: 'normal',
    },

    // Post-trip reports and upcoming trip readiness
    {
      key: 's-a-report-asoen37', title: 'Báo cáo kết quả chuyến công tác ASOEN 37 (trong 15 ngày sau khi về nước)',
      sourceMeeting: 's-m-asoen37', sourceRef: 'Quyết định cử đoàn 2150/QĐ-BNNMT (minh họa)', body: 'body-asoen',
      leadAgency: 'ag-mae-icd', ownerPerson: 's-p-nhung',
      dueDate: '2026-08-23', status: 'open', priority: 'high',
      updates: [{ date: '2026-09-15', note: 'Nhắc lần 1: chưa nhận được báo cáo của thành viên đoàn.' }],
    },
    {
      key: 's-a-asomm26-decision', title: 'Trình ký quyết định cử đoàn tham dự ASOMM 26 và ASOMM+3',
      sourceRef: 'Thư mời ASOMM 26 (minh họa)', body: 'body-asomm',
      leadAgency: 'ag-mae-gmv', supportingAgencies: ['ag-mae-icd'], ownerPerson: 's-p-khai',
      dueDate: '2026-11-25', status: 'open', priority: 'high',
    },
    {
      key: 's-a-asomm26-passport', title: 'Gia hạn hộ chiếu công vụ cho thành viên đoàn ASOMM 26 (hiệu lực dưới 6 tháng)',
      sourceRef: 'Rà soát thủ tục đoàn ra (minh họa)', body: 'body-asomm',
      leadAgency: 'ag-mae-icd', ownerPerson: 's-p-nam',
      dueDate: '2026-11-27', status: 'open', priority: 'high',
    },
    {
      key: 's-a-asomm26-briefing', title: 'Xây dựng đề cương tham dự ASOMM 26: lập trường Việt Nam theo từng mục chương trình nghị sự',
      sourceRef: 'Thư mời ASOMM 26 (minh họa)', body: 'body-asomm',
      leadAgency: 'ag-mae-gmv', ownerPerson: 's-p-khai',
      dueDate: '2026-12-01', status: 'in_progress', priority: 'normal',
      updates: [{ date: '2026-11-18', note: 'Đã có dự thảo phần thông tin chung và danh sách hội nghị liên tiếp.', statusAfter: 'in_progress' }],
    },

    // Annual cycle and the 2025 summary's directions
    {
      key: 's-a-summary-2026', title: 'Xây dựng Báo cáo tổng kết năm 2026 và kế hoạch năm 2027 của ASOEN Việt Nam',
      description: 'Hội nghị đã tham dự, đoàn đã cử, văn kiện đã góp ý, kết quả, khó khăn, kế hoạch năm sau. / Annual summary report due in December.',
      sourceRef: 'Chu kỳ công tác hằng năm', body: 'body-asoen',
      leadAgency: 'ag-mae-avo', supportingAgencies: ['ag-mae-ncbd', 'ag-mae-dcc', 'ag-mae-doe', 'ag-mae-dmh', 'ag-mae-gmv'], ownerPerson: 's-p-ha',
      dueDate: '2026-12-15', status: 'in_progress', priority: 'high',
      updates: [{ date: '2026-11-05', note: 'Đã gửi công văn đề nghị các đơn vị báo cáo trước 30/11/2026.', statusAfter: 'in_progress' }],
    },
    {
      key: 's-a-30-years', title: 'Tổ chức hội nghị tổng kết năm 2026 và kỷ niệm 30 năm Việt Nam tham gia ASOEN',
      sourceRef: 'Báo cáo tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-asoen',
      leadAgency: 'ag-mae-icd', supportingAgencies: ['ag-mae-avo'], ownerPerson: 's-p-dong',
      dueDate: '2026-12-28', status: 'open', priority: 'normal',
    },
    {
      key: 's-a-tor', title: 'Xây dựng điều khoản tham chiếu (TOR) cho cán bộ kiêm nhiệm công tác ASOEN',
      description: 'Cán bộ ASOEN đều kiêm nhiệm, chưa có quy định trách nhiệm, TOR (báo cáo 2024). / Terms of reference for part-time ASOEN staff.',
      sourceRef: 'Báo cáo năm 2024: khó khăn về nhân lực', body: 'body-asoen',
      leadAgency: 'ag-mae-icd', supportingAgencies: ['ag-mae-avo'], ownerPerson: 's-p-ha',
      dueDate: '2026-09-30', status: 'in_progress', priority: 'normal',
      updates: [{ date: '2026-06-02', note: 'Đã có dự thảo TOR cho Trưởng nhóm và cán bộ đầu mối (minh họa).', statusAfter: 'in_progress' }],
    },
    {
      key: 's-a-ocean-plastics', title: 'Đề xuất ý tưởng Kế hoạch hành động ASEAN về nhựa đại dương kèm bộ chỉ số chung',
      description: 'Chủ trì đề xuất kiểm đếm rác thải nhựa đại dương; hợp tác theo lưu vực Mekong (chỉ đạo tại hội nghị tổng kết 2025).',
      sourceRef: 'Kết luận Hội nghị tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-awgcme',
      leadAgency: 'ag-mae-doe', supportingAgencies: ['ag-mae-icd'], ownerPerson: 's-p-binh',
      dueDate: '2027-03-31', status: 'open', priority: 'normal',
    },
    {
      key: 's-a-carbon-market', title: 'Chia sẻ kinh nghiệm vận hành thị trường carbon, kiểm kê khí nhà kính và xây dựng NDC 3.0 trong AWGCC',
      sourceRef: 'Kết luận Hội nghị tổng kết ASOEN Việt Nam năm 2025 (26/12/2025)', body: 'body-awgcc',
      leadAgency: 'ag-mae-dcc', ownerPerson: 's-p-ngocanh',
      dueDate: '2027-06-30', status: 'open', priority: 'low',
    },
  ],

  // ---------------------------------------------------------------- ASEAN documents ("văn kiện")
  documents: [
    // ASOEN 34 (2023)
    {
      key: 's-doc-cop28', kind: 'joint_statement', body: 'body-awgcc', meeting: 's-m-asoen34', status: 'adopted',
      titleVi: 'Tuyên bố ASEAN về biến đổi khí hậu trình COP 28',
      titleEn: 'ASEAN Joint Statement on Climate Change to UNFCCC COP 28',
      commentDeadline: '2023-08-31', commentAgency: 'ag-monre-dcc', commentPerson: 's-p-ngocanh', approvalLevel: 'government',
      summary: 'Hội nghị tham vấn ngày 31/7/2023 xem xét dự thảo lần cuối để thống nhất nội dung trước khi trình cấp Bộ trưởng môi trường và Cấp cao ASEAN; Tuyên bố được thông qua tại COP 28.',
      notes: 'Theo báo cáo đoàn ASOEN 34; hạn góp ý minh họa.',
    },
    {
      key: 's-doc-ias', kind: 'action_plan', body: 'body-awgncb', meeting: 's-m-acbgb25', status: 'agreed_ad_ref',
      titleVi: 'Kế hoạch hành động ASEAN về loài ngoại lai xâm hại (IAS)',
      titleEn: 'ASEAN Action Plan on Invasive Alien Species',
      commentAgency: 'ag-monre-ncbd', commentPerson: 's-p-lananh',
      notes: 'Văn kiện do AWGNCB đề xuất, xem xét tại Hội đồng quản trị ACB lần thứ 25 (báo cáo ASOEN 34); trạng thái cần xác nhận.',
    },
    {
      key: 's-doc-ahp56-57', kind: 'nomination', body: 'body-ahpc', meeting: 's-m-acbgb25', status: 'adopted',
      titleVi: 'Đề cử 02 khu bảo tồn của Thái Lan thành Vườn di sản ASEAN thứ 56 và 57',
      titleEn: 'Nomination of two protected areas of Thailand as ASEAN Heritage Parks 56 and 57',
      notes: 'Theo báo cáo ASOEN 34.',
    },
    {
      key: 's-doc-wildlife', kind: 'action_plan', body: 'body-awgncb', meeting: 's-m-acbgb25', status: 'commented',
      titleVi: 'Kế hoạch hành động ASEAN về ngăn chặn suy giảm các loài động vật hoang dã',
      titleEn: 'ASEAN Action Plan to halt the decline of wildlife species',
      commentAgency: 'ag-monre-ncbd', commentPerson: 's-p-khoa',
      summary: 'Đang xây dựng; xem xét tại Hội đồng quản trị ACB lần thứ 25 (báo cáo ASOEN 34).',
      notes: 'Việt Nam đã gửi ý kiến vòng 1 (minh họa); tên tiếng Anh chính thức cần xác nhận.',
    },
    // ASOEN 35 (2024): what it agreed to submit to AMME
    {
      key: 's-doc-ahp58-61', kind: 'nomination', body: 'body-ahpc', meeting: 's-m-asoen35', status: 'agreed_ad_ref',
      titleVi: 'Đề cử 04 khu bảo tồn thành Vườn di sản ASEAN số 58–61',
      titleEn: 'Nomination of four protected areas as ASEAN Heritage Parks 58–61',
      commentDeadline: '2024-08-31', commentAgency: 'ag-monre-ncbd', commentPerson: 's-p-lananh',
      summary: 'Khu Bảo tồn Quốc gia Phou Xieng Thong (Lào); Công viên Tự nhiên Hồ Song Sinh Balinsasayao, Khu Bảo tồn động vật hoang dã Đảo Rùa, Công viên Tự nhiên Rạn san hô Apo (Philippines).',
      summaryEn: 'Phou Xieng Thong National Protected Area (Lao PDR); Balinsasayao Twin Lakes Natural Park, Turtle Islands Wildlife Sanctuary, Apo Reef Natural Park (Philippines).',
      notes: 'ASOEN 35 nhất trí trình AMME thông qua (báo cáo 2024).',
    },
    {
      key: 's-doc-ahp-two-more', kind: 'nomination', body: 'body-ahpc', meeting: 's-m-asoen35', status: 'draft',
      titleVi: 'Đề cử Khu bảo tồn quốc gia Nam Poui (Lào) và Trung tâm Giáo dục Tự nhiên Quân đội Hoàng gia Thái Lan (Bang Pu) thành Vườn di sản ASEAN',
      titleEn: 'Nomination of Nam Poui National Protected Area (Lao PDR) and Bang Pu (Thailand) as ASEAN Heritage Parks',
      commentAgency: 'ag-monre-ncbd',
      notes: 'Trình AMME sau khi ACB nhận được hồ sơ đề cử sửa đổi và đầy đủ (báo cáo 2024).',
    },
    {
      key: 's-doc-cbd-cop16', kind: 'joint_statement', body: 'body-awgncb', meeting: 's-m-summit44', status: 'adopted',
      titleVi: 'Tuyên bố chung ASEAN về bảo tồn đa dạng sinh học trình Hội nghị lần thứ 16 các bên tham gia Công ước Đa dạng sinh học (COP16 CBD)',
      titleEn: 'ASEAN Joint Statement on Biodiversity Conservation to CBD COP16',
      commentDeadline: '2024-08-30', commentAgency: 'ag-monre-ncbd', commentPerson: 's-p-khoa', approvalLevel: 'government',
      notes: 'Hoàn thiện thủ tục trình Chính phủ thông qua trước Hội nghị Cấp cao ASEAN 44, 45 (08–11/10/2024); số nghị quyết cần xác nhận.',
    },
    {
      key: 's-doc-unfccc-cop29', kind: 'joint_statement', body: 'body-awgcc', meeting: 's-m-summit44', status: 'adopted',
      titleVi: 'Tuyên bố chung ASEAN về biến đổi khí hậu trình Hội nghị lần thứ 29 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP29 UNFCCC)',
      titleEn: 'ASEAN Joint Statement on Climate Change to UNFCCC COP29',
      commentDeadline: '2024-08-30', commentAgency: 'ag-monre-dcc', commentPerson: 's-p-ngocanh', approvalLevel: 'government',
      notes: 'Hoàn thiện thủ tục trình Chính phủ thông qua trước Hội nghị Cấp cao ASEAN 44, 45; số nghị quyết cần xác nhận.',
    },
    {
      key: 's-doc-plastics', kind: 'declaration', body: 'body-awgcw', meeting: 's-m-summit44', status: 'adopted',
      titleVi: 'Tuyên bố ASEAN về tuần hoàn nhựa',
      titleEn: 'ASEAN Declaration on plastics circularity',
      commentDeadline: '2024-08-23', commentAgency: 'ag-monre-pcd', commentPerson: 's-p-binh', approvalLevel: 'government',
      notes: 'Hoàn thiện thủ tục trình Chính phủ thông qua trước Hội nghị Cấp cao ASEAN 44, 45; tên tiếng Anh chính thức và số nghị quyết cần xác nhận.',
    },
    // Domestic approvals named by the 2025 summary
    {
      key: 's-doc-acccc', kind: 'agreement', body: 'body-amme', status: 'adopted',
      titleVi: 'Thỏa thuận thành lập Trung tâm ASEAN về biến đổi khí hậu',
      titleEn: 'Agreement on the Establishment of the ASEAN Centre for Climate Change',
      commentAgency: 'ag-mae-dcc', commentPerson: 's-p-ngocanh', approvalLevel: 'government', approvalRef: '276/NQ-CP', approvedOn: '2025-12-26',
      summary: 'Trung tâm đặt trụ sở tại Brunei Darussalam theo đề xuất nêu tại Hội nghị Cấp cao ASEAN lần thứ 38 và 39 (26/10/2021).',
      notes: 'Chính phủ phê duyệt theo Nghị quyết số 276/NQ-CP (báo cáo 2025); ngày phê duyệt ghi theo ngày hội nghị tổng kết 2025 (26/12/2025), ngày ban hành cần xác nhận; trạng thái phía ASEAN cần xác nhận.',
    },
    {
      key: 's-doc-haze-centre', kind: 'agreement', body: 'body-cop-aathp', status: 'adopted',
      titleVi: 'Thỏa thuận thành lập Trung tâm Điều phối ASEAN về kiểm soát ô nhiễm khói mù xuyên biên giới',
      titleEn: 'Agreement on the Establishment of the ASEAN Coordinating Centre for Transboundary Haze Pollution Control',
      commentAgency: 'ag-mae', approvalLevel: 'government', approvalRef: '372/NQ-CP', approvedOn: '2025-12-26',
      notes: 'Chính phủ phê duyệt theo Nghị quyết số 372/NQ-CP (báo cáo 2025); ngày phê duyệt ghi theo ngày hội nghị tổng kết 2025 (26/12/2025), ngày ban hành cần xác nhận; trạng thái phía ASEAN cần xác nhận.',
    },
    // The 47th Summit (2025): documents Viet Nam commented on (báo cáo 2025)
    {
      key: 's-doc-env-right', kind: 'declaration', body: 'body-summit', meeting: 's-m-summit47', status: 'adopted',
      titleVi: 'Tuyên bố ASEAN về quyền đối với môi trường an toàn, sạch, trong lành và bền vững',
      titleEn: 'ASEAN Declaration on the Right to a Safe, Clean, Healthy and Sustainable Environment',
      commentDeadline: '2025-09-30', commentAgency: 'ag-mae-icd', commentPerson: 's-p-ha', approvalLevel: 'government',
      notes: 'Việt Nam góp ý nội dung môi trường trong văn kiện Hội nghị Cấp cao ASEAN 47 (báo cáo 2025); hạn góp ý minh họa.',
    },
    {
      key: 's-doc-right-dev', kind: 'declaration', body: 'body-summit', meeting: 's-m-summit47', status: 'adopted',
      titleVi: 'Tuyên bố ASEAN về thúc đẩy quyền phát triển và quyền hòa bình hướng tới phát triển bao trùm, bền vững',
      commentDeadline: '2025-09-30', commentAgency: 'ag-mae-icd', commentPerson: 's-p-ha', approvalLevel: 'government',
      notes: 'Theo báo cáo 2025; tên tiếng Anh chính thức chưa có; hạn góp ý minh họa.',
    },
    {
      key: 's-doc-ahp-vn', kind: 'nomination', body: 'body-ahpc', meeting: 's-m-amme18', status: 'adopted',
      titleVi: 'Đề cử Vườn quốc gia Pù Mát, Khu bảo tồn thiên nhiên - văn hóa Đồng Nai và Vườn quốc gia Xuân Thủy là Vườn di sản ASEAN',
      titleEn: 'Nomination of Pu Mat National Park, Dong Nai Culture and Nature Reserve and Xuan Thuy National Park as ASEAN Heritage Parks',
      commentAgency: 'ag-mae-ncbd', commentPerson: 's-p-lananh', approvalLevel: 'prime_minister',
      notes: 'Việt Nam hoàn thành thủ tục công nhận (báo cáo 2025); AMME 18 công nhận 06 Vườn di sản ASEAN mới (báo chí) — danh sách cụ thể cần xác nhận.',
    },
    // 2026
    {
      key: 's-doc-unfccc-cop31', kind: 'joint_statement', body: 'body-awgcc', meeting: 's-m-asoen37', status: 'agreed_ad_ref',
      titleVi: 'Tuyên bố chung ASEAN về biến đổi khí hậu trình Hội nghị lần thứ 31 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP31 UNFCCC)',
      titleEn: 'ASEAN Joint Statement on Climate Change to UNFCCC COP31',
      commentDeadline: '2026-07-20', commentAgency: 'ag-mae-dcc', commentPerson: 's-p-ngocanh', approvalLevel: 'government',
      notes: 'Văn kiện minh họa theo chu kỳ hằng năm (tuyên bố chung trình COP UNFCCC); hạn góp ý minh họa.',
    },
    {
      key: 's-doc-urban-air', kind: 'action_plan', body: 'body-awgesc', status: 'comments_due',
      titleVi: 'Khung hợp tác ASEAN về quản lý chất lượng không khí đô thị (dự thảo)',
      titleEn: 'Draft ASEAN Framework on Urban Air Quality Management',
      commentDeadline: '2026-10-15', commentAgency: 'ag-mae-doe', commentPerson: 's-p-binh',
      notes: 'Văn kiện minh họa (định hướng về không khí đô thị, báo cáo 2025): hạn góp ý đã qua nhưng Việt Nam chưa gửi ý kiến.',
    },
    // Open work in 2026
    {
      key: 's-doc-abp', kind: 'action_plan', body: 'body-awgncb', status: 'comments_due',
      titleVi: 'Kế hoạch Đa dạng sinh học ASEAN (cập nhật)',
      commentDeadline: '2026-12-10', commentAgency: 'ag-mae-ncbd', commentPerson: 's-p-khoa',
      notes: 'Gắn với Hội thảo cập nhật Kế hoạch Đa dạng sinh học ASEAN do Việt Nam tổ chức (báo cáo 2025); hạn góp ý minh họa; tên tiếng Anh chưa có.',
    },
    {
      key: 's-doc-ocean-plastics', kind: 'action_plan', body: 'body-awgcme', meeting: 's-m-asoen38', status: 'draft',
      titleVi: 'Ý tưởng Kế hoạch hành động ASEAN về nhựa đại dương kèm bộ chỉ số chung',
      titleEn: 'Concept of an ASEAN Action Plan on Ocean Plastics with common indicators',
      commentAgency: 'ag-mae-doe', commentPerson: 's-p-binh',
      notes: 'Việt Nam chủ động đề xuất (kết luận hội nghị tổng kết 2025); dự kiến trình ASOEN 38 (minh họa).',
    },
  ],

  // ---------------------------------------------------------------- agendas (positions are illustrative)
  agendaItems: [
    // ASOEN 34 (2023)
    {
      key: 's-ag34-1', meeting: 's-m-asoen34', number: 1, leadAgency: 'ag-monre-avo',
      titleVi: 'Báo cáo hoạt động năm 2022–2023 của 08 Nhóm công tác ASEAN và kế hoạch thực hiện Kế hoạch chiến lược về môi trường ASEAN (ASPEN)',
      titleEn: 'Reports of the eight ASEAN working groups for 2022–2023 and plans to implement the ASEAN Strategic Plan on the Environment (ASPEN)',
      position: 'Báo cáo hoạt động của Việt Nam trong các nhóm công tác; ủng hộ kế hoạch thực hiện ASPEN (minh họa).',
      positionEn: 'Report Viet Nam’s activities in the working groups; support the plans to implement ASPEN (illustrative).',
    },
    {
      key: 's-ag34-2', meeting: 's-m-asoen34', number: 2, leadAgency: 'ag-monre-dcc',
      titleVi: 'Dự thảo lần cuối Tuyên bố ASEAN về biến đổi khí hậu trình COP 28',
      titleEn: 'Final draft of the ASEAN Joint Statement on Climate Change to COP 28',
      position: 'Nhất trí nội dung dự thảo để trình cấp Bộ trưởng và Cấp cao ASEAN (minh họa).',
      positionEn: 'Agree the draft for submission to the Ministers and the Summit (illustrative).',
      documents: ['s-doc-cop28'],
    },
    {
      key: 's-ag34-3', meeting: 's-m-asoen34', number: 3, leadAgency: 'ag-mofa-asean',
      titleVi: 'Rà soát hợp tác với các nước đối tác (Trung Quốc, Hàn Quốc, Nhật Bản, Hoa Kỳ, EU)',
      titleEn: 'Review of cooperation with partners (China, Korea, Japan, the United States, the EU)',
      position: 'Ghi nhận kết quả; đề nghị các đối tác tiếp tục hỗ trợ nâng cao năng lực (minh họa).',
    },
    {
      key: 's-ag34-4', meeting: 's-m-asoen34', number: 4, leadAgency: 'ag-monre-ncbd',
      titleVi: 'Kết quả Hội nghị Hội đồng quản trị ACB lần thứ 25: Vườn di sản ASEAN thứ 56 và 57, loài ngoại lai xâm hại, bảo tồn động vật hoang dã',
      titleEn: 'Results of the 25th ACB Governing Board: ASEAN Heritage Parks 56 and 57, invasive alien species, wildlife conservation',
      position: 'Ủng hộ đề cử của Thái Lan; nhất trí Kế hoạch hành động về loài ngoại lai xâm hại; tham gia xây dựng Kế hoạch hành động về động vật hoang dã (minh họa).',
      positionEn: 'Support Thailand’s nominations; agree the action plan on invasive alien species; take part in preparing the wildlife action plan (illustrative).',
      documents: ['s-doc-ahp56-57', 's-doc-ias', 's-doc-wildlife'],
    },
    // ASOEN 35 (2024)
    {
      key: 's-ag35-1', meeting: 's-m-asoen35', number: 1, leadAgency: 'ag-monre-avo',
      titleVi: 'Tổng kết, đánh giá hoạt động hợp tác về môi trường năm 2024 và đề xuất hoạt động năm 2025 của các Nhóm công tác ASEAN',
      titleEn: 'Review of the 2024 environmental cooperation and the working groups’ proposals for 2025',
      position: 'Báo cáo kết quả tham gia của Việt Nam, nhấn mạnh vai trò nước điều phối khu vực về thành phố bền vững môi trường (2023–2025) (minh họa).',
      positionEn: 'Report Viet Nam’s participation, stressing its role as regional lead on environmentally sustainable cities (2023–2025) (illustrative).',
      talkingPoints: 'Việt Nam đánh giá cao sự phối hợp của Lào, nước Chủ tịch ASEAN 2024; sẵn sàng chia sẻ kinh nghiệm về thành phố bền vững môi trường (minh họa).',
      talkingPointsEn: 'Viet Nam thanks the Lao PDR, ASEAN Chair 2024, for its coordination and stands ready to share its experience of environmentally sustainable cities (illustrative).',
    },
    {
      key: 's-ag35-2', meeting: 's-m-asoen35', number: 2, leadAgency: 'ag-monre-ncbd',
      titleVi: 'Đề cử Vườn di sản ASEAN số 58–61 và 02 đề cử bổ sung',
      titleEn: 'Nominations of ASEAN Heritage Parks 58–61 and two further nominations',
      position: 'Nhất trí trình AMME 04 đề cử số 58–61; 02 đề cử bổ sung trình sau khi ACB nhận được hồ sơ đầy đủ (minh họa).',
      positionEn: 'Agree to submit nominations 58–61 to AMME; the two further ones once ACB has complete dossiers (illustrative).',
      talkingPoints: 'Việt Nam là quốc gia có nhiều Vườn di sản ASEAN nhất; đang chuẩn bị hồ sơ đề cử Pù Mát, Đồng Nai và Xuân Thủy (minh họa).',
      talkingPointsEn: 'Viet Nam has the most ASEAN Heritage Parks and is preparing the nominations of Pu Mat, Dong Nai and Xuan Thuy (illustrative).',
      documents: ['s-doc-ahp58-61', 's-doc-ahp-two-more'],
    },
    {
      key: 's-ag35-3', meeting: 's-m-asoen35', number: 3, leadAgency: 'ag-monre-ncbd',
      titleVi: 'Dự thảo Tuyên bố chung ASEAN về bảo tồn đa dạng sinh học trình COP16 CBD',
      titleEn: 'Draft ASEAN Joint Statement to CBD COP16',
      position: 'Ủng hộ dự thảo; góp ý bằng văn bản trước hạn của Ban Thư ký (minh họa).',
      positionEn: 'Support the draft; send written comments before the Secretariat’s deadline (illustrative).',
      documents: ['s-doc-cbd-cop16'],
    },
    {
      key: 's-ag35-4', meeting: 's-m-asoen35', number: 4, leadAgency: 'ag-monre-dcc',
      titleVi: 'Dự thảo Tuyên bố chung ASEAN về biến đổi khí hậu trình COP29 UNFCCC',
      titleEn: 'Draft ASEAN Joint Statement on Climate Change to UNFCCC COP29',
      position: 'Ủng hộ dự thảo (minh họa).',
      documents: ['s-doc-unfccc-cop29'],
    },
    {
      key: 's-ag35-5', meeting: 's-m-asoen35', number: 5, leadAgency: 'ag-monre-pcd',
      titleVi: 'Dự thảo Tuyên bố ASEAN về tuần hoàn nhựa',
      titleEn: 'Draft ASEAN Declaration on plastics circularity',
      position: 'Nhất trí về nguyên tắc, xin ý kiến các bộ, ngành trong nước trước khi thông qua (minh họa).',
      positionEn: 'Agree in principle, subject to domestic consultation before adoption (illustrative).',
      documents: ['s-doc-plastics'],
    },
    {
      key: 's-ag35-6', meeting: 's-m-asoen35', number: 6, leadAgency: 'ag-monre-icd',
      titleVi: 'Hợp tác với các đối tác: ASEAN+3, Nhật Bản, Hàn Quốc, EU, Hoa Kỳ, Đức',
      titleEn: 'Cooperation with partners: ASEAN+3, Japan, Korea, the EU, the United States, Germany',
      position: 'Ủng hộ kế hoạch hợp tác năm 2025 về môi trường và biến đổi khí hậu (minh họa).',
      positionEn: 'Support the 2025 cooperation plans on environment and climate change (illustrative).',
    },
    // ASOMM 26 (2026, upcoming): one item has no position yet
    {
      key: 's-ag-asomm26-1', meeting: 's-m-asomm26', number: 1, leadAgency: 'ag-mae-gmv',
      titleVi: 'Tình hình thực hiện Kế hoạch hành động hợp tác ASEAN về khoáng sản (AMCAP) III, giai đoạn 2021–2025',
      titleEn: 'Implementation of the ASEAN Minerals Cooperation Action Plan (AMCAP) III, 2021–2025',
      position: 'Báo cáo kết quả thực hiện của Việt Nam (minh họa).',
    },
    {
      key: 's-ag-asomm26-2', meeting: 's-m-asomm26', number: 2, leadAgency: 'ag-mae-gmv',
      titleVi: 'Kế hoạch hợp tác khoáng sản ASEAN giai đoạn tiếp theo',
      titleEn: 'The next ASEAN minerals cooperation plan',
    },
  ],

  // ---------------------------------------------------------------- meeting contacts (names are fictional)
  contacts: [
    { key: 's-c-asoen35-host', meeting: 's-m-asoen35', kind: 'host', name: 'Ban tổ chức nước chủ nhà', organisation: 'Nước chủ nhà Lào (Chủ tịch ASEAN 2024)', notes: 'Tên người và địa chỉ liên hệ cần bổ sung (minh họa).' },
    { key: 's-c-asoen35-asec', meeting: 's-m-asoen35', kind: 'secretariat', name: 'Cán bộ phụ trách môi trường', organisation: 'Ban Thư ký ASEAN', notes: 'Tên người cần bổ sung (minh họa).' },
    { key: 's-c-asoen35-embassy', meeting: 's-m-asoen35', kind: 'embassy', name: 'Bộ phận lãnh sự', organisation: 'Đại sứ quán Việt Nam tại Lào', notes: 'Minh họa.' },
    { key: 's-c-asomm26-asec', meeting: 's-m-asomm26', kind: 'secretariat', name: 'Cán bộ phụ trách khoáng sản', organisation: 'Ban Thư ký ASEAN', notes: 'Minh họa.' },
  ],
};

import { labels } from '../../common/glossary';
import { vi as todayVi } from './sections/today';
import { vi as meetingPageVi } from './sections/meetingPage';
import { vi as actionItemsVi } from './sections/actionItems';
import { vi as focalVi } from './sections/focal';
import { vi as directoryVi } from './sections/directory';
import { vi as searchVi } from './sections/search';
import { vi as settingsPageVi } from './sections/settingsPage';
import { vi as exportsVi } from './sections/exports';
import { vi as formsVi } from './sections/forms';
import { vi as tripVi } from './sections/trip';
import { vi as conflictsVi } from './sections/conflicts';
import { vi as exchangeVi } from './sections/exchange';
// Vietnamese, the first language of the users and of the app. en.ts must have exactly these
// keys (the type checker and tests/renderer/i18n.test.ts both check it). No plural keys: the
// two languages have different plural forms, so counts are phrased to need none.
export const vi = {
  app: {
    name: 'ASOEN Desk',
    tagline: 'Văn phòng ASOEN Việt Nam',
  },
  nav: {
    label: 'Các mục chính',
    toggle: 'Mở hoặc đóng danh sách các mục',
    skip: 'Bỏ qua đến nội dung',
    today: 'Hôm nay',
    meetings: 'Cuộc họp',
    actions: 'Việc cần làm',
    documents: 'Văn kiện',
    focalPoints: 'Đầu mối',
    directory: 'Danh bạ',
    conflicts: 'Xung đột',
    settings: 'Cài đặt',
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  common: {
    retry: 'Thử lại',
    loading: 'Đang tải…',
    loadMore: 'Tải thêm',
    none: '—',
    clearFilters: 'Xóa bộ lọc',
    shown: 'Đang hiển thị: {{n}}',
  },
  dialogs: {
    browse: 'Chọn…',
    folderTitle: 'Chọn thư mục',
    backupFileTitle: 'Chọn tệp sao lưu để khôi phục',
    failed: 'Không mở được hộp chọn thư mục',
  },
  notFound: {
    title: 'Không có trang này',
    description: 'Địa chỉ này không dẫn tới màn hình nào của ứng dụng. Hãy chọn một mục ở danh sách bên trái.',
    goHome: 'Về trang Hôm nay',
  },
  meetings: {
    title: 'Cuộc họp',
    description: 'Các cuộc họp ASEAN mà Việt Nam tham dự hoặc đăng cai, mới nhất ở trên.',
    tableCaption: 'Danh sách cuộc họp',
    search: {
      label: 'Tìm cuộc họp',
      placeholder: 'Ví dụ: ASOEN 35, Viêng-chăn, vieng chan',
      hint: 'Gõ có dấu hay không dấu đều được.',
    },
    statusFilter: {
      label: 'Trạng thái',
      placeholder: 'Tất cả trạng thái',
    },
    columns: {
      title: 'Cuộc họp',
      dates: 'Thời gian',
      city: 'Thành phố',
      status: 'Trạng thái',
      format: 'Hình thức',
    },
    status: labels('meetingStatus', 'vi'),
    format: labels('format', 'vi'),
    related: {
      show: 'Xem các cuộc họp liên quan của {{title}}',
      hide: 'Ẩn các cuộc họp liên quan của {{title}}',
      none: 'Không có cuộc họp liên quan.',
      loadFailed: 'Không tải được các cuộc họp liên quan.',
    },
    empty: {
      title: 'Chưa có cuộc họp nào',
      description:
        'Các cuộc họp sẽ hiện ở đây khi được thêm vào. Để xem thử ứng dụng, hãy tải dữ liệu mẫu: các cuộc họp ASOEN, AMME và các đầu mối lấy từ báo cáo công khai.',
    },
    noMatch: {
      title: 'Không có cuộc họp nào khớp',
      description: 'Hãy thử từ khóa khác, hoặc bỏ bớt bộ lọc trạng thái.',
    },
  },
  sample: {
    load: 'Tải dữ liệu mẫu',
    loaded: 'Đã tải dữ liệu mẫu: thêm {{n}} mục.',
    alreadyLoaded: 'Dữ liệu mẫu đã có sẵn, không có gì mới được thêm.',
    failed: 'Không tải được dữ liệu mẫu',
  },
  settings: {
    title: 'Cài đặt',
    language: {
      title: 'Ngôn ngữ hiển thị',
      description: 'Tên cuộc họp, cơ quan và các nhãn được hiển thị bằng ngôn ngữ này. Lựa chọn được ghi nhớ trên máy này.',
    },
    about: {
      title: 'Thông tin ứng dụng',
      appVersion: 'Phiên bản ứng dụng',
      schemaVersion: 'Phiên bản cấu trúc dữ liệu',
      dataFile: 'Tệp dữ liệu',
      referenceVersion: 'Phiên bản dữ liệu tham chiếu',
      sampleVersion: 'Phiên bản dữ liệu mẫu',
      deviceId: 'Mã thiết bị',
      notLoaded: 'Chưa tải',
    },
    sample: {
      title: 'Dữ liệu mẫu',
      description:
        'Thêm các cuộc họp, cơ quan, đầu mối và việc cần làm mẫu để xem thử ứng dụng. Dữ liệu sẵn có không bị thay đổi, và tải lại lần nữa không tạo bản trùng.',
    },
  },
  errors: {
    title: 'Đã xảy ra lỗi',
    unexpected: 'Đã xảy ra lỗi ngoài dự kiến. Hãy thử lại.',
    codes: {
      VALIDATION: 'Dữ liệu chưa hợp lệ',
      NOT_FOUND: 'Không tìm thấy',
      CONFLICT: 'Dữ liệu đã được sửa ở nơi khác',
      CONSTRAINT: 'Dữ liệu không được chấp nhận',
      DUPLICATE: 'Đã có bản ghi này',
      INTERNAL: 'Lỗi của ứng dụng',
    },
    fields: {
      required: 'Mục này bắt buộc phải có.',
      tooShort: 'Cần ít nhất {{minimum}} ký tự.',
      tooLong: 'Không được quá {{maximum}} ký tự.',
      tooSmall: 'Giá trị nhỏ nhất là {{minimum}}.',
      tooBig: 'Giá trị lớn nhất là {{maximum}}.',
      atLeast: 'Giá trị tối thiểu: {{minimum}}.',
      atMost: 'Giá trị tối đa: {{maximum}}.',
      tooFew: 'Cần chọn ít nhất {{minimum}} mục.',
      tooMany: 'Chỉ được chọn tối đa {{maximum}} mục.',
      invalidFormat: 'Sai định dạng.',
      invalidType: 'Giá trị không đúng kiểu.',
      invalidValue: 'Giá trị không nằm trong danh sách cho phép.',
      unrecognized: 'Mục này không được chấp nhận.',
      generic: 'Giá trị không hợp lệ.',
      date_before_start: 'Ngày kết thúc không được trước ngày bắt đầu.',
      same_agency: 'Cơ quan kế nhiệm phải khác cơ quan tiền nhiệm.',
      control_chars: 'Có ký tự điều khiển ẩn (ví dụ ký tự NUL) hoặc ký tự hỏng. Hãy xóa chúng hoặc gõ lại nội dung.',
      doc_number: 'Số văn bản chỉ gồm chữ số (tối đa 6), hoặc để trống.',
      doc_symbol: 'Ký hiệu viết hoa, các phần nối bằng gạch nối, ví dụ ĐC-VPASEAN.',
      office_abbreviation: 'Chữ viết tắt viết hoa, không dấu cách, ví dụ VPASEAN.',
      date_out_of_range: 'Ngày phải nằm trong khoảng từ 01/01/1900 đến 31/12/2200.',
      completed_on_required: 'Hãy nhập ngày hoàn thành (ngày việc thực sự xong).',
      completed_in_future: 'Ngày hoàn thành không được sau hôm nay.',
    },
  },
  // Sections owned by each screen, in their own files.
  today: todayVi,
  meetingPage: meetingPageVi,
  actionItems: actionItemsVi,
  focal: focalVi,
  directory: directoryVi,
  search: searchVi,
  settingsPage: settingsPageVi,
  exchange: exchangeVi,
  forms: formsVi,
  conflicts: conflictsVi,
  exports: exportsVi,
  trip: tripVi,
};

/** The shape both languages share: same keys, string values. */
export type Resources = { [K in keyof typeof vi]: DeepStrings<(typeof vi)[K]> };
type DeepStrings<T> = T extends string ? string : { [K in keyof T]: DeepStrings<T[K]> };

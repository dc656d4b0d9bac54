/**
 * How citizens name procedures, mapped to the words of the legal titles.
 *
 * `say` lists what people type (with or without diacritics: matching is folded); `means`
 * is what the catalogue calls it. At search time a phrase from `say` in the query is
 * replaced by `means` (plus the optional words of `also`), the longest phrase first; a `*` in a
 * phrase stands for one to three words. A portal adds its own entries through
 * `createProcedureIndex(procedures, { lexicon: [...] })`. Curated from how the seeds'
 * citizens and officials speak, and from common nicknames; see docs/search.md.
 */
export interface LexiconEntry {
  say: string[];
  means: string;
  /** Words that help ranking without being required: what is usually meant ("giấy phép xây dựng" → a house). */
  also?: string;
}

export const DEFAULT_LEXICON: readonly LexiconEntry[] = [
  // Land: the certificate has colour nicknames and abbreviations.
  // An object: what is done with it ("mất", "đổi", "sang tên") is said around it; alone, the first certificate.
  { say: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'giấy đỏ', 'gcn qsdđ', 'qsdđ', 'gcnqsdd', 'bằng khoán'], means: 'giấy chứng nhận quyền sử dụng đất', also: 'cấp lần đầu đăng ký đất đai' },
  { say: ['làm sổ', 'làm sổ đỏ', 'làm sổ hồng', 'cấp sổ đỏ', 'xin sổ đỏ'], means: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu' },
  { say: ['sang tên sổ đỏ', 'sang tên đất', 'mua bán đất', 'bán đất', 'mua đất', 'cho đất', 'tặng đất', 'thừa kế đất', 'chuyển nhượng đất'], means: 'chuyển nhượng tặng cho thừa kế quyền sử dụng đất' },
  { say: ['mất sổ đỏ', 'mất sổ hồng', 'mất bìa đỏ'], means: 'cấp lại giấy chứng nhận quyền sử dụng đất do bị mất' },
  { say: ['đổi sổ đỏ', 'đổi sổ hồng', 'đổi sổ'], means: 'cấp đổi giấy chứng nhận quyền sử dụng đất' },
  { say: ['cắt đất', 'chia đất', 'tách sổ', 'chia thửa', 'gộp sổ', 'gộp đất', 'nhập thửa'], means: 'tách thửa hợp thửa đất' },
  { say: ['lên thổ cư', 'chuyển thổ cư', 'chuyển đất vườn', 'chuyển lên đất ở', 'chuyển đổi mục đích'], means: 'chuyển mục đích sử dụng đất' },
  { say: ['vay ngân hàng bằng sổ đỏ', 'thế chấp sổ đỏ', 'cầm sổ đỏ', 'thế chấp nhà đất'], means: 'đăng ký thế chấp quyền sử dụng đất' },
  { say: ['giải chấp', 'xóa thế chấp'], means: 'xóa đăng ký thế chấp' },
  { say: ['tranh chấp đất', 'lấn đất', 'cãi nhau đất'], means: 'hòa giải tranh chấp đất đai' },
  { say: ['sai tên trên sổ', 'sửa sổ đỏ', 'sai sổ đỏ'], means: 'đính chính giấy chứng nhận' },
  // Building.
  { say: ['xin phép xây nhà', 'phép xây nhà', 'xây nhà', 'làm nhà', 'cất nhà', 'giấy phép xây nhà'], means: 'giấy phép xây dựng nhà ở riêng lẻ' },
  { say: ['gpxd', 'xin phép xây dựng', 'giấy phép xây dựng', 'phép xây dựng'], means: 'giấy phép xây dựng', also: 'mới nhà ở riêng lẻ' },
  { say: ['sửa nhà', 'cơi nới nhà', 'nâng tầng', 'cải tạo nhà'], means: 'giấy phép sửa chữa cải tạo nhà ở riêng lẻ' },
  { say: ['dựng biển quảng cáo', 'biển quảng cáo', 'pano'], means: 'giấy phép xây dựng công trình quảng cáo' },
  { say: ['đào đường', 'đào vỉa hè', 'đục đường'], means: 'giấy phép đào đường hè phố' },
  { say: ['chiếm vỉa hè', 'mượn vỉa hè', 'dùng vỉa hè', 'để xe trên vỉa hè', 'làm đám cưới trên vỉa hè', 'dựng rạp'], means: 'sử dụng tạm thời lòng đường hè phố' },
  { say: ['chặt cây', 'đốn cây', 'chặt cây xanh'], means: 'chặt hạ dịch chuyển cây xanh' },
  { say: ['xem quy hoạch', 'tra quy hoạch', 'hỏi quy hoạch', 'đất có dính quy hoạch'], means: 'cung cấp thông tin quy hoạch' },
  // Residence: "hộ khẩu" was abolished in 2023, but everyone still says it.
  { say: ['hộ khẩu', 'nhập hộ khẩu', 'nhập khẩu', 'làm hộ khẩu', 'sổ hộ khẩu', 'chuyển hộ khẩu', 'chuyển khẩu', 'đăng ký hộ khẩu', 'thường trú'], means: 'đăng ký thường trú' },
  { say: ['tách khẩu', 'tách hộ khẩu', 'tách sổ hộ khẩu'], means: 'tách hộ' },
  { say: ['cắt khẩu', 'xóa khẩu', 'xóa hộ khẩu', 'cắt hộ khẩu'], means: 'xóa đăng ký thường trú' },
  { say: ['kt3', 'sổ tạm trú', 'làm tạm trú', 'đăng ký tạm trú', 'tạm trú cho người thuê trọ', 'thuê trọ'], means: 'đăng ký tạm trú' },
  { say: ['báo tạm vắng', 'đi vắng', 'tạm vắng'], means: 'khai báo tạm vắng' },
  { say: ['khai báo lưu trú', 'báo khách ở lại', 'khách ở lại qua đêm', 'lưu trú'], means: 'thông báo lưu trú' },
  { say: ['ct07', 'giấy xác nhận cư trú', 'xác nhận cư trú', 'xác nhận nơi ở'], means: 'xác nhận thông tin về cư trú' },
  // Identity documents.
  { say: ['cccd', 'căn cước công dân', 'chứng minh thư', 'chứng minh nhân dân', 'cmnd', 'cmt', 'làm căn cước', 'thẻ căn cước', 'làm chứng minh', 'căn cước'], means: 'thẻ căn cước', also: 'cấp cho người từ đủ 14 tuổi trở lên công dân' },
  { say: ['mất căn cước', 'mất cccd', 'mất chứng minh thư'], means: 'cấp lại thẻ căn cước' },
  { say: ['đổi căn cước', 'đổi cccd'], means: 'cấp đổi thẻ căn cước' },
  { say: ['vneid', 'định danh điện tử', 'định danh mức 2', 'tài khoản định danh', 'kích hoạt vneid'], means: 'tài khoản định danh điện tử mức độ 2' },
  // Driving and vehicles.
  { say: ['bằng lái', 'bằng lái xe', 'gplx', 'thi bằng lái', 'bằng xe máy', 'bằng ô tô', 'bằng a1', 'bằng b2', 'bằng lái ô tô'], means: 'giấy phép lái xe' },
  { say: ['đổi bằng lái', 'đổi bằng', 'đổi bằng lái xe', 'bằng hết hạn'], means: 'đổi giấy phép lái xe' },
  { say: ['mất bằng lái', 'mất bằng', 'mất bằng lái xe'], means: 'cấp lại giấy phép lái xe' },
  { say: ['đăng ký xe máy', 'làm biển số', 'bấm biển', 'cà vẹt', 'cavet', 'giấy đăng ký xe'], means: 'đăng ký xe mô tô xe gắn máy' },
  { say: ['sang tên xe', 'mua xe cũ', 'bán xe máy'], means: 'sang tên di chuyển xe mô tô xe gắn máy' },
  // Civil status.
  { say: ['làm giấy khai sinh', 'giấy khai sinh', 'khai sinh cho con', 'khai sinh cho bé', 'làm khai sinh', 'đẻ con', 'sinh con', 'mới sinh'], means: 'đăng ký khai sinh' },
  { say: ['bản sao khai sinh', 'sao giấy khai sinh', 'trích lục khai sinh', 'trích lục', 'bản sao trích lục', 'xin lại giấy khai sinh', 'mất giấy khai sinh'], means: 'cấp bản sao trích lục hộ tịch' },
  { say: ['giấy chứng tử', 'báo tử', 'người mất', 'người chết', 'khai tử cho', 'làm chứng tử'], means: 'đăng ký khai tử' },
  { say: ['cưới', 'cưới vợ', 'lấy vợ', 'lấy chồng', 'giấy đăng ký kết hôn', 'giấy kết hôn', 'đăng ký cưới', 'làm giấy kết hôn'], means: 'đăng ký kết hôn' },
  { say: ['lấy chồng nước ngoài', 'lấy vợ nước ngoài', 'kết hôn với người nước ngoài', 'lấy chồng ngoại', 'lấy vợ ngoại'], means: 'kết hôn có yếu tố nước ngoài' },
  { say: ['giấy độc thân', 'xác nhận độc thân', 'giấy xác nhận độc thân', 'chứng nhận độc thân', 'giấy chưa kết hôn', 'tình trạng độc thân'], means: 'xác nhận tình trạng hôn nhân' },
  { say: ['đổi tên', 'sửa tên', 'sai tên', 'sửa ngày sinh', 'sai ngày sinh', 'đổi họ', 'cải chính', 'sửa giấy khai sinh', 'đổi họ cho con', 'thêm tên cha'], means: 'thay đổi cải chính bổ sung thông tin hộ tịch' },
  { say: ['nhận con', 'nhận cha', 'nhận bố', 'nhận cha cho con', 'xác nhận cha con'], means: 'đăng ký nhận cha mẹ con' },
  { say: ['nhận con nuôi', 'xin con nuôi', 'làm con nuôi', 'nuôi con nuôi'], means: 'đăng ký việc nuôi con nuôi' },
  { say: ['đổi dân tộc', 'sửa dân tộc'], means: 'xác định lại dân tộc' },
  { say: ['người giám hộ', 'giám hộ'], means: 'đăng ký giám hộ' },
  // Certification: "công chứng" is what people say for certified copies.
  { say: ['sao y', 'sao y bản chính', 'photo công chứng', 'công chứng giấy tờ', 'công chứng bản sao', 'công chứng', 'chứng thực giấy tờ', 'photo chứng thực', 'bản sao công chứng'], means: 'chứng thực bản sao từ bản chính' },
  { say: ['chứng thực chữ ký', 'xác nhận chữ ký', 'công chứng chữ ký', 'ký xác nhận'], means: 'chứng thực chữ ký' },
  { say: ['công chứng hợp đồng', 'chứng thực hợp đồng', 'hợp đồng mua bán nhà', 'hợp đồng mua bán đất'], means: 'chứng thực hợp đồng giao dịch' },
  { say: ['làm di chúc', 'viết di chúc', 'công chứng di chúc', 'di chúc'], means: 'chứng thực di chúc' },
  { say: ['chia thừa kế', 'chia tài sản thừa kế', 'chia di sản'], means: 'thỏa thuận phân chia di sản' },
  { say: ['lý lịch tư pháp', 'lý lịch', 'lý lịch tư pháp số 1', 'giấy không tiền án', 'xác nhận không tiền án'], means: 'cấp phiếu lý lịch tư pháp cho công dân' },
  // Business.
  // Generic words for doing business mean little by themselves ("giấy phép kinh doanh karaoke"): the household business is what they usually mean.
  { say: ['giấy phép kinh doanh', 'đăng ký kinh doanh', 'đkkd', 'mở cửa hàng', 'mở tiệm', 'mở quán', 'mở shop', 'buôn bán', 'bán hàng', 'kinh doanh nhỏ', 'làm giấy phép kinh doanh'], means: 'kinh doanh', also: 'đăng ký thành lập hộ kinh doanh' },
  { say: ['tạp hóa', 'mở tạp hóa', 'hkd', 'đăng ký hộ kinh doanh', 'hộ kinh doanh'], means: 'đăng ký thành lập hộ kinh doanh' },
  { say: ['nghỉ kinh doanh', 'tạm nghỉ bán', 'tạm đóng cửa hàng'], means: 'tạm ngừng kinh doanh hộ kinh doanh' },
  { say: ['đóng cửa hàng', 'dẹp quán', 'thôi kinh doanh', 'đóng mã số hộ kinh doanh'], means: 'chấm dứt hoạt động hộ kinh doanh' },
  { say: ['quán ăn', 'quán nhậu', 'nhà hàng', 'quán cơm', 'quán phở', 'bếp ăn', 'căng tin', 'vệ sinh thực phẩm', 'vsattp', 'attp', 'bán đồ ăn'], means: 'an toàn thực phẩm cơ sở kinh doanh dịch vụ ăn uống' },
  { say: ['bán rượu', 'bán bia rượu', 'giấy phép rượu', 'quán rượu'], means: 'giấy phép bán lẻ rượu' },
  { say: ['nấu rượu', 'nấu rượu bán'], means: 'giấy phép sản xuất rượu thủ công' },
  { say: ['bán thuốc lá', 'thuốc lá'], means: 'giấy phép bán lẻ sản phẩm thuốc lá' },
  { say: ['bán gas', 'cửa hàng gas', 'đại lý gas', 'bình gas'], means: 'cửa hàng bán lẻ lpg chai' },
  { say: ['karaoke', 'quán karaoke', 'hát karaoke', 'mở karaoke'], means: 'kinh doanh dịch vụ karaoke' },
  { say: ['homestay', 'nhà nghỉ', 'khách sạn mini', 'nhà trọ du lịch'], means: 'cơ sở lưu trú du lịch' },
  { say: ['mở phòng khám', 'phòng mạch', 'phòng khám tư'], means: 'giấy phép hoạt động phòng khám' },
  { say: ['chứng chỉ hành nghề y', 'hành nghề bác sĩ'], means: 'giấy phép hành nghề khám bệnh chữa bệnh' },
  { say: ['lập htx', 'mở hợp tác xã', 'htx'], means: 'đăng ký thành lập hợp tác xã' },
  // Schools: levels are said as "cấp 1/2/3".
  { say: ['cấp 1', 'cấp một', 'trường cấp 1', 'lớp 1', 'vào lớp 1', 'tiểu học'], means: 'tiểu học' },
  { say: ['cấp 2', 'cấp hai', 'trường cấp 2', 'thcs', 'lên lớp 6', 'vào lớp 6'], means: 'trung học cơ sở' },
  { say: ['cấp 3', 'cấp ba', 'trường cấp 3', 'thpt', 'vào lớp 10', 'thi lớp 10'], means: 'trung học phổ thông' },
  { say: ['mẫu giáo', 'nhà trẻ', 'trường mầm non', 'gửi trẻ', 'đi nhà trẻ'], means: 'mầm non' },
  { say: ['chuyển trường cho con', 'đổi trường', 'xin chuyển trường', 'chuyển lớp'], means: 'chuyển trường đối với học sinh' },
  { say: ['xin miễn học phí', 'giảm học phí', 'miễn học phí', 'hỗ trợ tiền học'], means: 'miễn giảm học phí hỗ trợ chi phí học tập' },
  { say: ['mất bằng tốt nghiệp', 'sao bằng tốt nghiệp', 'bản sao bằng', 'bằng tốt nghiệp'], means: 'cấp bản sao văn bằng chứng chỉ từ sổ gốc' },
  { say: ['dạy thêm', 'mở lớp dạy thêm', 'học thêm', 'lớp học thêm'], means: 'cấp phép hoạt động dạy thêm học thêm' },
  // Social support.
  { say: ['tiền người già', 'trợ cấp người già', 'lương người già', 'trợ cấp tuổi già', 'tiền già', 'trợ cấp 80 tuổi', 'người già'], means: 'trợ cấp xã hội hằng tháng đối với người cao tuổi' },
  { say: ['trợ cấp xã hội', 'tiền trợ cấp', 'bảo trợ xã hội'], means: 'trợ cấp xã hội hằng tháng' },
  { say: ['tiền ma chay', 'tiền mai táng', 'hỗ trợ ma chay', 'tiền chôn cất', 'hỗ trợ tang lễ', 'tiền đám ma'], means: 'hỗ trợ chi phí mai táng' },
  { say: ['giấy khuyết tật', 'người khuyết tật', 'xác nhận khuyết tật', 'tàn tật', 'người tàn tật'], means: 'xác định mức độ khuyết tật giấy xác nhận khuyết tật' },
  { say: ['hộ nghèo', 'xin hộ nghèo', 'sổ hộ nghèo', 'làm hộ nghèo', 'hộ cận nghèo'], means: 'công nhận hộ nghèo hộ cận nghèo' },
  { say: ['thoát nghèo', 'ra khỏi hộ nghèo'], means: 'công nhận hộ thoát nghèo' },
  { say: ['nhà bị sập', 'sửa nhà cho hộ nghèo', 'hỗ trợ làm nhà'], means: 'hỗ trợ làm nhà ở sửa chữa nhà ở' },
  { say: ['tiền điện hộ nghèo', 'hỗ trợ tiền điện'], means: 'hỗ trợ tiền điện cho hộ nghèo' },
  { say: ['lũ lụt', 'bão lụt', 'mất mùa', 'thiên tai'], means: 'thiệt hại do thiên tai' },
  { say: ['dịch tả lợn', 'gia súc chết', 'dịch bệnh gia cầm'], means: 'thiệt hại do dịch bệnh động vật' },
  { say: ['thất nghiệp', 'bảo hiểm thất nghiệp', 'mất việc', 'nghỉ việc', 'bị đuổi việc', 'tiền thất nghiệp'], means: 'hưởng trợ cấp thất nghiệp' },
  // Veterans and martyrs.
  { say: ['liệt sĩ', 'gia đình liệt sĩ', 'thân nhân liệt sĩ', 'con liệt sĩ'], means: 'thân nhân liệt sĩ' },
  { say: ['thờ cúng liệt sĩ', 'tiền thờ cúng'], means: 'trợ cấp thờ cúng liệt sĩ' },
  { say: ['thương binh', 'bệnh binh'], means: 'ưu đãi đối với thương binh' },
  { say: ['thăm mộ liệt sĩ', 'viếng mộ liệt sĩ', 'đi thăm mộ'], means: 'thăm viếng mộ liệt sĩ' },
  { say: ['bốc mộ liệt sĩ', 'quy tập mộ', 'di chuyển mộ liệt sĩ'], means: 'di chuyển hài cốt liệt sĩ' },
  { say: ['mẹ việt nam anh hùng', 'bà mẹ anh hùng'], means: 'bà mẹ việt nam anh hùng' },
  { say: ['người có công', 'chính sách người có công'], means: 'người có công với cách mạng' },
  // Health insurance.
  { say: ['bhyt', 'thẻ bhyt', 'bảo hiểm y tế', 'thẻ bảo hiểm', 'làm thẻ bảo hiểm', 'bảo hiểm'], means: 'thẻ bảo hiểm y tế' },
  { say: ['bhyt cho trẻ', 'bảo hiểm cho trẻ em', 'thẻ bảo hiểm cho bé', 'bảo hiểm trẻ em'], means: 'bảo hiểm y tế cho trẻ em dưới 6 tuổi' },
  { say: ['mất thẻ bảo hiểm', 'mất thẻ bhyt', 'đổi thẻ bhyt'], means: 'cấp lại đổi thẻ bảo hiểm y tế' },
  // Culture, religion, awards, complaints.
  { say: ['tổ chức lễ hội', 'làm lễ hội', 'hội làng', 'lễ hội'], means: 'tổ chức lễ hội' },
  { say: ['gia đình văn hóa', 'khu phố văn hóa'], means: 'gia đình văn hóa tổ dân phố văn hóa' },
  { say: ['câu lạc bộ', 'clb', 'lập câu lạc bộ', 'đội bóng'], means: 'câu lạc bộ thể thao cơ sở' },
  { say: ['khen thưởng', 'giấy khen', 'bằng khen'], means: 'tặng giấy khen' },
  { say: ['khiếu nại', 'kiện', 'phản ánh', 'kêu oan'], means: 'giải quyết khiếu nại' },
  { say: ['tố cáo', 'tố giác'], means: 'giải quyết tố cáo' },
  { say: ['gặp lãnh đạo', 'tiếp dân', 'gặp chủ tịch'], means: 'tiếp công dân' },
  { say: ['nhà thờ họ', 'miếu', 'đình làng', 'đền chùa'], means: 'hoạt động tín ngưỡng cơ sở tín ngưỡng' },
  { say: ['quyên góp', 'kêu gọi đóng góp', 'từ thiện'], means: 'quyên góp quỹ từ thiện' },
  { say: ['khoan giếng', 'giếng khoan', 'đào giếng'], means: 'đăng ký khai thác nước dưới đất' },
  { say: ['chuyển đất lúa', 'trồng cây khác trên đất lúa', 'đổi cây trồng'], means: 'chuyển đổi cơ cấu cây trồng trên đất trồng lúa' },
  { say: ['trang trại', 'làm trang trại'], means: 'giấy chứng nhận kinh tế trang trại' },
  { say: ['phòng cháy', 'pccc', 'chữa cháy'], means: 'phòng cháy và chữa cháy' },
  { say: ['đò', 'thuyền', 'ghe', 'đò chở khách'], means: 'phương tiện thủy nội địa thuyền đò' },
  { say: ['xả thải', 'ô nhiễm', 'môi trường'], means: 'môi trường' },
  // Issue 29, a province's catalogue. Concepts: an action ("đóng cửa", "tạm nghỉ", "chuyển …
  // sang đất ở") and an object ("quán net", a country) each map to the titles' words, so
  // they combine; `*` stands for one to three words.
  { say: ['hàn quốc', 'trung quốc', 'đài loan', 'nhật bản', 'người nhật', 'người mỹ', 'nước mỹ', 'người hàn', 'việt kiều', 'ngoại quốc', 'người ngoại quốc', 'ngoại kiều', 'người tây', 'khách tây', 'con lai'], means: 'nước ngoài' },
  { say: ['đóng cửa', 'dẹp', 'ngừng hẳn', 'nghỉ hẳn', 'thôi buôn bán', 'không buôn bán nữa', 'không kinh doanh nữa'], means: 'chấm dứt hoạt động' },
  { say: ['tạm nghỉ', 'nghỉ tạm', 'tạm đóng cửa', 'tạm dừng kinh doanh'], means: 'tạm ngừng kinh doanh' },
  { say: ['quán net', 'tiệm net', 'phòng net', 'quán internet', 'tiệm internet', 'quán game', 'tiệm game', 'phòng game', 'internet công cộng', 'game online', 'mở quán net', 'mở tiệm net', 'mở quán game'], means: 'điểm cung cấp dịch vụ trò chơi điện tử công cộng' },
  { say: ['chuyển * sang đất ở', 'chuyển * lên đất ở', 'chuyển * thành đất ở', 'chuyển * lên thổ cư', 'chuyển * sang thổ cư', 'sang đất ở', 'lên đất ở', 'thành đất ở', 'sang thổ cư', 'chuyển mục đích', 'chuyển đổi mục đích sử dụng đất'], means: 'chuyển mục đích sử dụng đất' },
  { say: ['hộ chiếu', 'passport', 'làm passport'], means: 'cấp hộ chiếu phổ thông' },
  { say: ['mất hộ chiếu', 'mất passport'], means: 'trình báo mất hộ chiếu phổ thông' },
  { say: ['visa', 'xin visa', 'làm visa'], means: 'cấp thị thực cho người nước ngoài' },
  { say: ['gia hạn visa', 'gia hạn thị thực'], means: 'gia hạn tạm trú cho người nước ngoài' },
  { say: ['miễn visa', 'miễn thị thực'], means: 'giấy miễn thị thực' },
  { say: ['nhập tịch', 'xin quốc tịch', 'vào quốc tịch'], means: 'nhập quốc tịch việt nam' },
  { say: ['mở công ty', 'lập công ty', 'thành lập công ty', 'đăng ký công ty'], means: 'đăng ký thành lập công ty' },
  { say: ['giải thể công ty', 'đóng cửa công ty', 'đóng công ty'], means: 'giải thể doanh nghiệp' },
  { say: ['tnhh'], means: 'trách nhiệm hữu hạn' },
  { say: ['cty'], means: 'công ty' },
  { say: ['1 thành viên'], means: 'một thành viên' },
  { say: ['2 thành viên'], means: 'hai thành viên' },
  { say: ['1 lần'], means: 'một lần' },
  { say: ['mã số thuế', 'mst', 'làm mã số thuế'], means: 'đăng ký thuế lần đầu đối với người nộp thuế là cá nhân' },
  { say: ['thuế khoán', 'thuế hộ kinh doanh', 'đóng thuế hộ kinh doanh'], means: 'khai thuế đối với hộ kinh doanh' },
  { say: ['rút bảo hiểm', 'rút bhxh', 'rút sổ bảo hiểm', 'bhxh một lần'], means: 'hưởng bảo hiểm xã hội một lần' },
  { say: ['nghỉ đẻ', 'nghỉ sinh', 'chế độ thai sản', 'thai sản'], means: 'hưởng chế độ thai sản' },
  { say: ['bhxh'], means: 'bảo hiểm xã hội' },
  { say: ['tiền tuất', 'trợ cấp tuất'], means: 'chế độ tử tuất' },
  { say: ['tai nạn lao động'], means: 'tnlđ' },
  { say: ['bệnh nghề nghiệp'], means: 'bnn' },
  { say: ['đăng kiểm xe', 'đăng kiểm ô tô', 'kiểm định xe'], means: 'giấy chứng nhận kiểm định tem kiểm định xe cơ giới' },
  { say: ['bằng lái quốc tế', 'bằng quốc tế'], means: 'giấy phép lái xe quốc tế' },
  { say: ['khắc dấu', 'làm con dấu', 'con dấu'], means: 'đăng ký mẫu con dấu' },
  { say: ['súng săn', 'súng thể thao', 'súng'], means: 'vũ khí thể thao' },
  { say: ['đánh bắt cá', 'đánh cá', 'đi biển đánh cá'], means: 'giấy phép khai thác thủy sản' },
  { say: ['khai thác cát', 'khai thác đá', 'mỏ cát', 'mỏ đá', 'hút cát'], means: 'giấy phép khai thác khoáng sản' },
  { say: ['thuốc trừ sâu', 'thuốc sâu', 'thuốc diệt cỏ'], means: 'thuốc bảo vệ thực vật' },
  { say: ['heo', 'lợn', 'gia súc', 'gia cầm'], means: 'động vật' },
  { say: ['nhà công vụ'], means: 'nhà ở công vụ' },
  { say: ['luật sư miễn phí', 'tư vấn pháp luật miễn phí'], means: 'trợ giúp pháp lý' },
  { say: ['công trình cấp 4', 'công trình cấp 3', 'nhà cấp 4', 'cấp 4'], means: 'công trình cấp iii cấp iv' },
  { say: ['giấy phép lao động', 'giấy phép làm việc', 'work permit'], means: 'giấy phép lao động cho người lao động nước ngoài' },
  { say: ['cai nghiện'], means: 'cai nghiện ma túy' },
];

/**
 * English, for foreigners and overseas Vietnamese (issue 29): the catalogue is Vietnamese
 * only, so their words map to the titles' words as citizens' words do. A query is read as
 * English when one of its words cannot be a Vietnamese syllable ("birth", "visa"); then
 * `ENGLISH_FILLER_WORDS` are dropped and English words left unmapped are optional.
 */
export const ENGLISH_LEXICON: readonly LexiconEntry[] = [
  { say: ['birth certificate', 'birth registration', 'register a birth', 'register birth', 'birth', 'born', 'newborn'], means: 'đăng ký khai sinh' },
  { say: ['death certificate', 'death registration', 'register a death', 'death'], means: 'đăng ký khai tử' },
  { say: ['marriage registration', 'register marriage', 'register a marriage', 'marriage', 'marry', 'married', 'wedding'], means: 'đăng ký kết hôn' },
  { say: ['foreigner', 'foreigners', 'foreign', 'overseas', 'expat', 'expatriate', 'with a vietnamese', 'to a vietnamese', 'vietnamese wife', 'vietnamese husband', 'vietnamese spouse', 'vietnamese partner'], means: 'nước ngoài' },
  { say: ['overseas vietnamese', 'viet kieu'], means: 'người việt nam định cư ở nước ngoài' },
  { say: ['temporary residence card', 'temporary resident card', 'trc'], means: 'thẻ tạm trú cho người nước ngoài' },
  { say: ['permanent residence card', 'permanent resident card', 'prc'], means: 'thẻ thường trú cho người nước ngoài' },
  { say: ['residence card'], means: 'thẻ tạm trú cho người nước ngoài' },
  { say: ['temporary residence', 'temporary stay'], means: 'tạm trú' },
  { say: ['permanent residence'], means: 'thường trú' },
  { say: ['labour permit', 'labor permit', 'working permit', 'work licence', 'work license'], means: 'giấy phép lao động cho người lao động nước ngoài' },
  { say: ['international driving permit', 'international driving licence', 'international driving license', 'idp'], means: 'giấy phép lái xe quốc tế' },
  { say: ['driving licence', 'driving license', 'driver license', 'drivers license', 'driver licence', 'driving permit'], means: 'giấy phép lái xe' },
  { say: ['exchange', 'convert', 'conversion', 'change'], means: 'đổi' },
  { say: ['renewal', 'renew', 'extension', 'extend'], means: 'gia hạn' },
  { say: ['replacement', 'replace', 'reissue', 'lost'], means: 'cấp lại' },
  { say: ['visa extension', 'extend visa', 'extend my visa'], means: 'gia hạn tạm trú cho người nước ngoài' },
  { say: ['visa exemption', 'visa waiver', 'visa free'], means: 'giấy miễn thị thực' },
  { say: ['e visa', 'evisa'], means: 'thị thực điện tử' },
  { say: ['certified copy', 'certified copies', 'certify a copy', 'copy certification', 'notarized copy', 'notarised copy'], means: 'chứng thực bản sao từ bản chính' },
  { say: ['signature certification', 'certify signature', 'certify a signature'], means: 'chứng thực chữ ký' },
  { say: ['notarization', 'notarisation', 'notary', 'notarize', 'notarise'], means: 'chứng thực', also: 'bản sao từ bản chính' },
  { say: ['criminal record', 'police check', 'police clearance', 'background check'], means: 'phiếu lý lịch tư pháp' },
  { say: ['single status', 'marital status', 'no impediment', 'certificate of no impediment'], means: 'xác nhận tình trạng hôn nhân' },
  { say: ['citizenship', 'nationality', 'naturalisation', 'naturalization', 'naturalize', 'naturalise'], means: 'nhập quốc tịch việt nam' },
  { say: ['household business'], means: 'hộ kinh doanh' },
  { say: ['business registration', 'register a business', 'business licence', 'business license'], means: 'đăng ký thành lập hộ kinh doanh' },
  { say: ['company registration', 'register a company', 'set up a company', 'open a company', 'start a company'], means: 'đăng ký thành lập công ty' },
  { say: ['building permit', 'construction permit'], means: 'giấy phép xây dựng' },
  { say: ['house', 'home'], means: 'nhà ở riêng lẻ' },
  { say: ['land use right certificate', 'land certificate', 'land title', 'red book', 'pink book'], means: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu' },
  { say: ['identity card', 'id card', 'citizen id'], means: 'thẻ căn cước' },
  { say: ['health insurance'], means: 'bảo hiểm y tế' },
  { say: ['social insurance'], means: 'bảo hiểm xã hội' },
  { say: ['adoption', 'adopt'], means: 'nuôi con nuôi' },
  { say: ['registration', 'register'], means: 'đăng ký' },
];

/** English words around what is asked, dropped from English queries only ("to" is "tố", "the" is "thế"). */
export const ENGLISH_FILLER_WORDS: readonly string[] = [
  'the', 'a', 'an', 'for', 'of', 'with', 'to', 'in', 'on', 'at', 'my', 'our', 'his', 'her', 'how', 'do', 'does', 'i', 'we', 'get', 'getting',
  'apply', 'applying', 'application', 'want', 'need', 'new', 'about', 'please', 'me', 'and', 'or', 'by', 'from', 'is', 'are', 'vietnam', 'vietnamese',
  'child', 'baby', 'kid', 'son', 'daughter', 'father', 'mother', 'parent', 'parents', 'husband', 'wife', 'spouse', 'certificate', 'card', 'permit',
];

/**
 * Words people add around what they want ("làm", "xin", "thủ tục", "như thế nào"): dropped
 * from a query unless nothing else is left. Folded; multi-word entries are phrases.
 */
export const DEFAULT_FILLER_WORDS: readonly string[] = [
  // Only words that cannot be a syllable of a title once folded: "can" (căn cước), "sao" (bản sao),
  // "em" (trẻ em), "di" (di chúc), "hoi" (hội), "cai" (cải chính) stay in queries.
  'thu tuc', 'cho con', 'cho be', 'nhu the nao', 'the nao', 'ra sao', 'lam sao', 'o dau', 'can gi', 'can nhung gi', 'nhung gi', 'giay to gi',
  'bao lau', 'mat bao lau', 'bao nhieu', 'het bao nhieu', 'huong dan', 'quy trinh', 'cach', 'muon', 'toi', 'minh',
  'lam', 'xin', 'phai', 'gi', 'cho', 'cua', 've', 'duoc', 'a', 'nhe', 'voi', 'giup', 'nhu', 'nao', 'o', 'mot', 'bi',
];
